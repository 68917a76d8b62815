using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Planning;
using Analytics.Tracking;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Compares a year's actuals with the plan, exactly in 萬元: a target's cumulative target through
/// month M is the target phased over the months by the decomposition's one rule
/// (<see cref="Phasing.Phase(SalesPlan, decimal)"/>: quarters by the plan's shares, each quarter evenly
/// over its months, largest remainder), summed over January to M; a person's is their personal
/// target phased the same way. What was booked comes from <see cref="Actuals.BookedThrough(TargetNode, int)"/>
/// (a person's: the sum over the targets credited to them and counted in their total). The plan's
/// quarterly rule is judged on each complete quarter against the company's quarter target.
/// </summary>
public static class YearToDateComparison
{
    /// <summary>The comparison of <paramref name="actuals"/> with <paramref name="decomposition"/> (the decomposition of the plan the actuals were checked against).</summary>
    public static YearToDate Of(PlanDecomposition decomposition, Actuals actuals)
    {
        Preconditions.NotNull(decomposition);
        Preconditions.NotNull(actuals);
        var plan = decomposition.Plan;
        if (!ReferenceEquals(plan, actuals.Plan))
        {
            throw new ArgumentException("actuals were checked against another plan than the decomposition's; load them against this plan.", nameof(actuals));
        }

        var m = actuals.MonthsObserved;
        TargetProgress Node(AllocatedTarget t, ProgressLevel level) => new(
            t.Node.Id, t.Node.NameZh, t.Node.NameEn, level, level is ProgressLevel.Company or ProgressLevel.Line ? null : t.Node.ParentId,
            t.Amount, ToDate(Phasing.Phase(plan, t.Amount), m), actuals.BookedThrough(t.Node, m));

        var lines = decomposition.Root.Children.Select(l => Node(l, ProgressLevel.Line)).ToArray();
        var nodes = decomposition.Root.Children.SelectMany(l => l.Descendants().Skip(1))
            .Select(t => Node(t, t.Node.Level == TargetLevel.Industry ? ProgressLevel.Industry : ProgressLevel.Region)).ToArray();
        var people = decomposition.People.Select(p => Person(plan, p, actuals, m)).ToArray();
        var rule = QuarterlyReplanRule.Of(plan);
        var quarters = Enumerable.Range(1, m / CalendarQuarters.MonthsPerQuarter)
            .Select(q => new QuarterProgress(q, decomposition.Year.Quarters[q - 1], CalendarQuarters.MonthsOf(q).Sum(actuals.Total), rule?.Threshold))
            .ToArray();
        var cumulativeTarget = new decimal[CalendarMonths.Count];
        var cumulativeActual = new decimal[m];
        for (var k = 0; k < CalendarMonths.Count; k++)
        {
            cumulativeTarget[k] = (k > 0 ? cumulativeTarget[k - 1] : 0) + decomposition.Year.Months[k];
            if (k < m)
            {
                cumulativeActual[k] = (k > 0 ? cumulativeActual[k - 1] : 0) + actuals.Total(k + 1);
            }
        }

        return new YearToDate(actuals.Year, m, Node(decomposition.Root, ProgressLevel.Company), lines, nodes, people, quarters, rule, cumulativeTarget, cumulativeActual);
    }

    /// <summary>The sum of the first <paramref name="months"/> months of <paramref name="phased"/>.</summary>
    public static decimal ToDate(PeriodAllocation phased, int months)
    {
        Preconditions.NotNull(phased);
        Preconditions.InRange(months, 0, CalendarMonths.Count);
        return phased.Months.Take(months).Sum();
    }

    private static TargetProgress Person(SalesPlan plan, PersonalTarget p, Actuals actuals, int m)
    {
        // Channel partners are credited to people but are not targets of the tree: actuals do not record them.
        decimal? actual = 0m;
        foreach (var item in p.Items.Where(i => i.CountedInTotal))
        {
            var node = plan.Targets.FirstOrDefault(t => t.Id == item.Id);
            actual = node is null ? null : actual + actuals.BookedThrough(node, m);
        }

        return new TargetProgress(p.Person.Id, p.Person.NameZh, p.Person.NameEn, ProgressLevel.Person, null, p.Total, ToDate(p.Phased, m), actual);
    }
}
