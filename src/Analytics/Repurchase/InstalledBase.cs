using System.Globalization;
using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Repurchase;

/// <summary>
/// Installed units (or customers' lines) by age in whole years: N_a, a = 0, 1, ... A unit installed
/// in year y has age Y - y in year Y (0 in its first year). With a <see cref="WeibullLife"/> the base
/// gives the year's expected replacements R = sum_a N_a q_a and ages into next year's base
/// N'_{a+1} = N_a (1 - q_a), N'_0 = new installations (including the replacements, when replaced
/// units are re-equipped with ours).
/// </summary>
public sealed record InstalledBase
{
    private readonly double[] _units;

    /// <summary>Creates a base from counts by age.</summary>
    /// <param name="unitsByAge">N_a at index a; each finite and &gt;= 0 (expected counts may be fractional); not empty.</param>
    public InstalledBase(IReadOnlyList<double> unitsByAge)
    {
        Preconditions.NotEmpty(unitsByAge);
        Preconditions.EachNonNegative(unitsByAge);

        _units = unitsByAge.ToArray();
    }

    /// <summary>N_a: units by age in years.</summary>
    public IReadOnlyList<double> UnitsByAge => _units;

    /// <summary>All units in the base.</summary>
    public double Total => _units.Sum();

    /// <summary>The base in <paramref name="year"/> of units installed in <paramref name="installYears"/> (one entry per unit).</summary>
    /// <param name="installYears">Install years, each &lt;= <paramref name="year"/>; not empty.</param>
    /// <param name="year">The year the ages are measured in.</param>
    public static InstalledBase FromInstallYears(IReadOnlyList<int> installYears, int year)
    {
        Preconditions.NotEmpty(installYears);
        var ages = installYears.Select(y => year - y).ToArray();
        var bad = Array.FindIndex(ages, a => a < 0);
        if (bad >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(installYears), string.Create(CultureInfo.InvariantCulture, $"installYears[{bad}] must be <= the year {year}; was {installYears[bad]}."));
        }

        var counts = new double[ages.Max() + 1];
        foreach (var a in ages)
        {
            counts[a]++;
        }

        return new InstalledBase(counts);
    }

    /// <summary>Expected replacements this year by age: N_a q_a.</summary>
    public IReadOnlyList<double> ReplacementsByAge(WeibullLife life)
    {
        Preconditions.NotNull(life);
        return _units.Select((n, a) => n * life.ReplacementProbability(a)).ToArray();
    }

    /// <summary>R = sum_a N_a q_a: expected replacements this year.</summary>
    public double ExpectedReplacements(WeibullLife life) => ReplacementsByAge(life).Sum();

    /// <summary>Next year's base: N'_{a+1} = N_a (1 - q_a) and N'_0 = <paramref name="newUnits"/> (plus this year's replacements when <paramref name="reinstallReplacements"/>).</summary>
    /// <param name="life">The service life.</param>
    /// <param name="newUnits">Units newly installed this year besides replacements, &gt;= 0; default 0.</param>
    /// <param name="reinstallReplacements">Whether a replaced unit is replaced by a new one of ours (age 0); default true.</param>
    public InstalledBase Age(WeibullLife life, double newUnits = 0, bool reinstallReplacements = true)
    {
        Preconditions.NotNull(life);
        Preconditions.NonNegative(newUnits);
        var next = new double[_units.Length + 1];
        var replaced = 0.0;
        for (var a = 0; a < _units.Length; a++)
        {
            var q = life.ReplacementProbability(a);
            next[a + 1] = _units[a] * (1.0 - q);
            replaced += _units[a] * q;
        }

        next[0] = newUnits + (reinstallReplacements ? replaced : 0.0);
        return new InstalledBase(next);
    }

    /// <summary>Expected replacement demand for <paramref name="years"/> years, ageing the base each year.</summary>
    /// <param name="life">The service life.</param>
    /// <param name="years">Years to project, in [1, 100].</param>
    /// <param name="newUnitsPerYear">Units newly installed each year besides replacements, &gt;= 0; default 0.</param>
    /// <param name="reinstallReplacements">Whether replaced units re-enter the base at age 0; default true.</param>
    /// <returns>R_t for t = 0 (this year) to years - 1.</returns>
    public IReadOnlyList<double> ProjectReplacements(WeibullLife life, int years, double newUnitsPerYear = 0, bool reinstallReplacements = true)
    {
        Preconditions.InRange(years, 1, 100);
        var demand = new double[years];
        var current = this;
        for (var t = 0; t < years; t++)
        {
            demand[t] = current.ExpectedReplacements(life);
            current = current.Age(life, newUnitsPerYear, reinstallReplacements);
        }

        return demand;
    }

    /// <summary>
    /// Draws this year's replacements: each whole unit of age a is replaced with probability q_a,
    /// independently, so age a contributes Binomial(N_a, q_a) (fractional counts are rounded down:
    /// a sampler needs whole units).
    /// </summary>
    public int SampleReplacements<TRandom>(ref TRandom rng, WeibullLife life)
        where TRandom : struct, IRandomSource
    {
        Preconditions.NotNull(life);
        var replaced = 0;
        for (var a = 0; a < _units.Length; a++)
        {
            replaced += Binomial.Sample(ref rng, (int)_units[a], life.ReplacementProbability(a));
        }

        return replaced;
    }
}
