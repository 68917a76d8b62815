using System.Globalization;
using Analytics.Common;

namespace Analytics.Repurchase;

/// <summary>
/// A cohort of contracts observed at periods 0, 1, 2, ...: how many were still under contract at each.
/// Fader and Hardie's "regular" cohort, for instance: 1000, 631, 468, 382, 326, 289, 262, 241.
/// </summary>
public sealed record CohortSurvival
{
    private readonly int[] _alive;

    /// <summary>Creates a validated cohort.</summary>
    /// <param name="alive">Counts alive at periods 0, 1, ...: at least two, the first &gt; 0, none negative, never increasing.</param>
    public CohortSurvival(IReadOnlyList<int> alive)
    {
        Preconditions.NotNull(alive);
        if (alive.Count < 2)
        {
            throw new ArgumentException($"alive must hold counts for at least periods 0 and 1; has {alive.Count.ToString(CultureInfo.InvariantCulture)}.", nameof(alive));
        }

        Preconditions.Positive(alive[0], "alive[0]");
        for (var t = 1; t < alive.Count; t++)
        {
            Preconditions.InRange(alive[t], 0, alive[t - 1], string.Create(CultureInfo.InvariantCulture, $"alive[{t}]"));
        }

        _alive = alive.ToArray();
    }

    /// <summary>Counts alive at periods 0, 1, ...</summary>
    public IReadOnlyList<int> Alive => _alive;

    /// <summary>The cohort's size at period 0.</summary>
    public int Size => _alive[0];

    /// <summary>The last period observed.</summary>
    public int LastPeriod => _alive.Length - 1;

    /// <summary>How the periods were labelled where the cohort was read (default: 0, 1, 2 ...); period 0 is the cohort's start.</summary>
    public PeriodLabels Labels { get; init; } = PeriodLabels.FromZero;

    /// <summary>Contracts lost in period t (t &gt;= 1): alive[t - 1] - alive[t].</summary>
    public int Lost(int period)
    {
        Preconditions.InRange(period, 1, LastPeriod);
        return _alive[period - 1] - _alive[period];
    }

    /// <summary>The observed retention alive[t] / alive[t - 1] at period t (&gt;= 1); null when nobody was left to renew.</summary>
    public double? ObservedRetention(int period)
    {
        Preconditions.InRange(period, 1, LastPeriod);
        return _alive[period - 1] == 0 ? null : (double)_alive[period] / _alive[period - 1];
    }
}
