using Analytics.Common;
using Analytics.Fitting.Distributions;
using Analytics.History;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;
using Analytics.Statistics;

namespace Analytics.Fitting.Seasonality;

/// <summary>
/// How the year's sales spread over its months, fitted across complete years: each year's twelve
/// monthly shares are taken as one draw of a Dirichlet with means m (the monthly shares the scenario's
/// <c>phasing</c> section takes as "months") and concentration κ (its <c>concentration</c>: a month of
/// share w varies with sd sqrt(w(1 − w)/(κ + 1)) from year to year). Both by the method of moments
/// over the years: m_k is the mean of the years' shares and κ solves Σ_k Var(share_k) = Σ_k m_k(1 − m_k)/(κ + 1)
/// with the sample variances (divisor Y − 1) pooled over the months. The moments, not maximum
/// likelihood, because a B2B line can sell nothing in a month and the Dirichlet likelihood of a zero
/// share is zero. A mean share's 95% interval is m ± 1.96 sqrt(m(1 − m)/((κ + 1) Y)) over Y years;
/// κ's standard error and 95% interval come from a parametric bootstrap (Y years drawn from the fitted
/// Dirichlet and κ estimated again, replicate b on its own stream of the seed).
/// </summary>
/// <param name="Group">The business line, or "all".</param>
/// <param name="Years">The complete years fitted, ascending.</param>
/// <param name="Shares">Each year's observed monthly shares (12 per year).</param>
/// <param name="Months">The fitted monthly shares m (12, adding up to 1).</param>
/// <param name="Concentration">The fitted concentration κ.</param>
/// <param name="ConcentrationStandardError">κ's bootstrap standard error.</param>
/// <param name="ConcentrationLower95">The 2.5% percentile of the bootstrap's κ.</param>
/// <param name="ConcentrationUpper95">The 97.5% percentile of the bootstrap's κ.</param>
/// <param name="Sources">The rows fitted.</param>
public sealed record SeasonalityFit(
    string Group,
    IReadOnlyList<int> Years,
    IReadOnlyList<IReadOnlyList<double>> Shares,
    IReadOnlyList<double> Months,
    double Concentration,
    double ConcentrationStandardError,
    double ConcentrationLower95,
    double ConcentrationUpper95,
    IReadOnlyList<SourceLocation> Sources)
{
    /// <summary>The group's name when the history does not split by line.</summary>
    public const string AllGroup = "all";

    /// <summary>Fewest complete years: two, to see any variation between years.</summary>
    public const int MinimumYears = 2;

    /// <summary>Bootstrap replicates for κ's standard error and interval.</summary>
    public const int DefaultBootstrap = 999;

    /// <summary>The lower end of month <paramref name="month"/>'s (1-12) 95% interval, m − 1.96 sqrt(m(1 − m)/((κ + 1) Y)), at least 0.</summary>
    public double Lower95(int month) => Math.Max(0, Months[Preconditions.InRange(month, 1, 12) - 1] - HalfWidth95(month));

    /// <summary>The upper end of month <paramref name="month"/>'s (1-12) 95% interval, m + 1.96 sqrt(m(1 − m)/((κ + 1) Y)), at most 1.</summary>
    public double Upper95(int month) => Math.Min(1, Months[Preconditions.InRange(month, 1, 12) - 1] + HalfWidth95(month));

    private double HalfWidth95(int month)
    {
        var m = Months[month - 1];
        return Estimate.Z95 * Math.Sqrt(m * (1 - m) / ((Concentration + 1) * Years.Count));
    }

    /// <summary>
    /// The monthly shares rounded to four decimals by largest remainder, so that they add up to exactly 1
    /// as the scenario's <c>phasing</c> section requires.
    /// </summary>
    public IReadOnlyList<decimal> RoundedMonths()
        => Decomposition.Allocation.LargestRemainder(1m, [.. Months.Select(m => (decimal)m)], 0.0001m);

    /// <summary>The <c>months</c> list as the scenario writes it, e.g. <c>[0.0601, 0.0598, ...]</c>.</summary>
    public string MonthsJson => "[" + string.Join(", ", RoundedMonths().Select(m => m.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    /// <summary>One line for a labelled assumption.</summary>
    public string Summary()
        => $"{Group}: Dirichlet over {FitText.Whole(Years.Count)} years ({FitText.Whole(Years[0])}-{FitText.Whole(Years[^1])}); quarters {string.Join("/", Enumerable.Range(1, CalendarQuarters.Count).Select(q => FitText.Fixed(100 * CalendarQuarters.SumOf(Months, q), 1)))}%, concentration {FitText.Significant(Concentration)} (moments; bootstrap 95% {FitText.Significant(ConcentrationLower95)}-{FitText.Significant(ConcentrationUpper95)})";

    /// <summary>
    /// One fit per line, lines in order of first appearance, then one for all lines together (their
    /// sales summed month by month) when there are several; one for all when no row names a line.
    /// </summary>
    /// <exception cref="ArgumentException">A line has fewer than <see cref="MinimumYears"/> complete years, a month without sales, or shares that never vary.</exception>
    /// <param name="sales">The monthly sales.</param>
    /// <param name="bootstrap">Bootstrap replicates for κ, 2-100,000 (default 999).</param>
    /// <param name="seed">The bootstrap's seed (default 1).</param>
    public static IReadOnlyList<SeasonalityFit> ByLine(IReadOnlyList<MonthlySales> sales, int bootstrap = DefaultBootstrap, ulong seed = 1)
    {
        Preconditions.NotEmpty(sales);
        var lines = sales.GroupBy(s => s.Line ?? AllGroup, StringComparer.Ordinal).ToArray();
        var fits = lines.Select(g => Fit(g.Key, [.. g], bootstrap, seed)).ToList();
        if (lines.Length > 1)
        {
            var total = sales.GroupBy(s => (s.Year, s.Month))
                .Where(m => m.Count() == lines.Length)
                .Select(m => new MonthlySales(m.Key.Year, m.Key.Month, null, m.Sum(s => s.Amount), m.First().Source))
                .ToArray();
            fits.Add(Fit(AllGroup, total, bootstrap, seed) with { Sources = [.. sales.Select(s => s.Source)] });
        }

        return fits;
    }

    /// <summary>Fits one line's months.</summary>
    /// <param name="group">The line's name.</param>
    /// <param name="sales">Its months; only years with all twelve are used.</param>
    /// <param name="bootstrap">Bootstrap replicates for κ, 2-100,000 (default 999).</param>
    /// <param name="seed">The bootstrap's seed (default 1); replicate b draws from the stream (seed, b, "seasonality " + group).</param>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumYears"/> complete years, a year without sales, or shares that never vary (or vary more than any Dirichlet allows).</exception>
    public static SeasonalityFit Fit(string group, IReadOnlyList<MonthlySales> sales, int bootstrap = DefaultBootstrap, ulong seed = 1)
    {
        Preconditions.NotBlank(group);
        Preconditions.NotNull(sales);
        Preconditions.InRange(bootstrap, 2, 100_000);
        var years = sales.GroupBy(s => s.Year).Where(y => y.Select(s => s.Month).Distinct().Count() == 12).OrderBy(y => y.Key).ToArray();
        if (years.Length < MinimumYears)
        {
            throw new ArgumentException($"sales of {group} must cover at least {FitText.Whole(MinimumYears)} complete years (all twelve months) to estimate how the months vary; they cover {FitText.Whole(years.Length)}.", nameof(sales));
        }

        var shares = new List<IReadOnlyList<double>>();
        foreach (var year in years)
        {
            var amounts = year.OrderBy(s => s.Month).Select(s => s.Amount).ToArray();
            var total = amounts.Sum();
            if (total == 0)
            {
                throw new ArgumentException($"sales of {group} are 0 all through {FitText.Whole(year.Key)}; a year without sales has no monthly shares.", nameof(sales));
            }

            shares.Add([.. amounts.Select(a => (double)(a / total))]);
        }

        var (months, concentration) = Moments(shares);
        if (!double.IsFinite(concentration) || concentration <= 0)
        {
            throw new ArgumentException(double.IsFinite(concentration)
                ? $"sales of {group} vary more from year to year than any Dirichlet allows (the moments give a concentration of {FitText.Significant(concentration)}); add years."
                : $"sales of {group} have the same monthly shares every year, so their year-to-year concentration cannot be estimated.", nameof(sales));
        }

        var draws = Bootstrap(months, concentration, shares.Count, bootstrap, seed, group);
        var mean = draws.Average();
        return new SeasonalityFit(
            group,
            [.. years.Select(y => y.Key)],
            shares,
            months,
            concentration,
            Math.Sqrt(draws.Sum(d => (d - mean) * (d - mean)) / (draws.Length - 1)),
            BootstrapDistribution.Quantile(draws, 0.025),
            BootstrapDistribution.Quantile(draws, 0.975),
            [.. years.SelectMany(y => y.OrderBy(s => s.Month).Select(s => s.Source))]);
    }

    // m: the mean shares; κ: Σ m(1 − m) / Σ s² − 1 (infinite when the shares never vary).
    private static (double[] Months, double Concentration) Moments(IReadOnlyList<IReadOnlyList<double>> shares)
    {
        var months = Enumerable.Range(0, 12).Select(k => shares.Average(y => y[k])).ToArray();
        var spread = Enumerable.Range(0, 12).Sum(k => shares.Sum(y => (y[k] - months[k]) * (y[k] - months[k])) / (shares.Count - 1));
        var months1 = months.Sum(m => m * (1 - m));
        return (months, spread > 1e-15 ? (months1 / spread) - 1 : double.PositiveInfinity);
    }

    // κ estimated again on Y years drawn from Dirichlet(κ m); replicates whose κ cannot be estimated are left out.
    private static double[] Bootstrap(double[] months, double concentration, int years, int replicates, ulong seed, string group)
    {
        var key = RandomStreams.Key("seasonality " + group);
        var draws = new List<double>(replicates);
        for (var b = 0; b < replicates; b++)
        {
            var rng = new Xoshiro256StarStar(RandomStreams.Seed(seed, (ulong)b, key));
            var sample = new List<IReadOnlyList<double>>();
            for (var y = 0; y < years; y++)
            {
                var gammas = months.Select(m => m > 0 ? Gamma.SampleStandard(ref rng, concentration * m) : 0).ToArray();
                var sum = gammas.Sum();
                sample.Add([.. gammas.Select(g => g / sum)]);
            }

            var (_, kappa) = Moments(sample);
            if (double.IsFinite(kappa) && kappa > 0)
            {
                draws.Add(kappa);
            }
        }

        return draws.Count >= 2 ? [.. draws] : throw new ArgumentException($"sales of {group}: the bootstrap of the concentration gave fewer than two usable replicates.", nameof(months));
    }
}
