using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tracking;

/// <summary>
/// The year's pipeline facts (pipeline.csv), checked against the plan: every fact is in the plan's
/// year and names the plan's industries and business lines; leads and wins are given once per
/// (month, industry, funnel), renewals once per (month, tier, renewal tier). Benchmark accounts are
/// one row each, so a month may have several. Which scenario component each fact is evidence
/// about is settled when the facts meet a scenario (the tracking analysis).
/// </summary>
public sealed class Pipeline
{
    private Pipeline(IReadOnlyList<ObservedLeads> leads, IReadOnlyList<ObservedRenewals> renewals, IReadOnlyList<ObservedBenchmark> benchmarks)
    {
        Leads = leads;
        Renewals = renewals;
        Benchmarks = benchmarks;
    }

    /// <summary>No facts.</summary>
    public static Pipeline Empty { get; } = new([], [], []);

    /// <summary>Leads and wins, in file order.</summary>
    public IReadOnlyList<ObservedLeads> Leads { get; }

    /// <summary>Renewals due and renewed, in file order.</summary>
    public IReadOnlyList<ObservedRenewals> Renewals { get; }

    /// <summary>Benchmark accounts decided, in file order.</summary>
    public IReadOnlyList<ObservedBenchmark> Benchmarks { get; }

    /// <summary>Whether there are no facts.</summary>
    public bool IsEmpty => Leads.Count == 0 && Renewals.Count == 0 && Benchmarks.Count == 0;

    /// <summary>The last month any fact is for (1-12), or 0 when there are none.</summary>
    public int LastMonth => Leads.Select(l => l.Month).Concat(Renewals.Select(r => r.Month)).Concat(Benchmarks.Select(b => b.Month)).DefaultIfEmpty(0).Max();

    /// <summary>Checks the facts against <paramref name="plan"/> (see the class summary).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="leads">Leads and wins.</param>
    /// <param name="renewals">Renewals.</param>
    /// <param name="benchmarks">Benchmark accounts decided.</param>
    /// <param name="file">The file, for rows built in code (default "pipeline.csv").</param>
    /// <exception cref="InputException">A fact breaks a rule; the message names its file, line and column.</exception>
    public static Pipeline Create(SalesPlan plan, IReadOnlyList<ObservedLeads> leads, IReadOnlyList<ObservedRenewals> renewals, IReadOnlyList<ObservedBenchmark> benchmarks, string? file = null)
    {
        Preconditions.NotNull(plan);
        Preconditions.NotNull(leads);
        Preconditions.NotNull(renewals);
        Preconditions.NotNull(benchmarks);
        file ??= TrackingFiles.Pipeline;
        var seenLeads = new Dictionary<(int, string, string), ObservedLeads>();
        foreach (var l in leads)
        {
            RowErrors.CheckYear(plan, l.Year, l.Month, l.Source, file);
            RowErrors.CheckIndustry(plan, l.Industry, l.Source, file);

            if (!seenLeads.TryAdd((l.Month, l.Industry, l.ComponentName), l))
            {
                throw RowErrors.At(l.Source, file, "month", $"leads and wins of {l.Industry} ({l.ComponentName}) in {CalendarMonths.Label(l.Year, l.Month)} appear twice (first {RowErrors.Where(seenLeads[(l.Month, l.Industry, l.ComponentName)].Source)})", "one leads_wins row per month, industry and funnel (add them up)");
            }
        }

        var seenRenewals = new Dictionary<(int, CustomerTier, string), ObservedRenewals>();
        foreach (var r in renewals)
        {
            RowErrors.CheckYear(plan, r.Year, r.Month, r.Source, file);
            if (!seenRenewals.TryAdd((r.Month, r.Tier, r.ComponentName), r))
            {
                throw RowErrors.At(r.Source, file, "month", $"renewals of tier {r.Tier} ({r.ComponentName}) in {CalendarMonths.Label(r.Year, r.Month)} appear twice (first {RowErrors.Where(seenRenewals[(r.Month, r.Tier, r.ComponentName)].Source)})", "one renewals row per month and tier (add them up)");
            }
        }

        foreach (var b in benchmarks)
        {
            RowErrors.CheckYear(plan, b.Year, b.Month, b.Source, file);
            RowErrors.CheckLine(plan, b.Line, b.Source, file);
        }

        return new Pipeline([.. leads], [.. renewals], [.. benchmarks]);
    }
}
