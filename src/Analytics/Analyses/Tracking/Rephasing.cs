using System.Globalization;
using Analytics.Common;
using Analytics.Decomposition;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// The plan's first response to a firing of its quarterly rule: what remains of the year's target
/// re-phased over the remaining months and down to lines, industries, regions and people. What
/// remains (the company target minus what was booked) is split over the remaining months in the
/// proportions of the plan's monthly targets; each month's amount is split over the lines, and
/// each line's over its children, level by level, by the <see cref="RephaseMethod"/>'s weights. All
/// splits are largest remainder in the plan's allocation unit, so a node's months add up to its
/// remaining target and its children's months to its own, month by month, exactly. Re-phasing moves
/// targets, not revenue.
/// </summary>
public static class Rephasing
{
    /// <summary>Re-phases what remains of <paramref name="yearToDate"/>'s year by <paramref name="method"/>.</summary>
    /// <param name="decomposition">The plan, decomposed (the one the comparison was made against).</param>
    /// <param name="yearToDate">The year so far.</param>
    /// <param name="method">How to spread what remains.</param>
    /// <exception cref="ArgumentException">The whole year is observed: no month remains.</exception>
    public static RephasedPlan Of(PlanDecomposition decomposition, YearToDate yearToDate, RephaseMethod method)
    {
        Preconditions.NotNull(decomposition);
        Preconditions.NotNull(yearToDate);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), $"method must be PlanProportions or Momentum; was {method}.");
        }

        var observed = yearToDate.MonthsObserved;
        if (observed >= CalendarMonths.Count)
        {
            throw new ArgumentException("the whole year is observed: no month remains to re-plan.", nameof(yearToDate));
        }

        var plan = decomposition.Plan;
        var unit = plan.Facts.AllocationUnit;
        var first = observed + 1;
        var remaining = Math.Max(0, yearToDate.Company.Target - (yearToDate.Company.Actual ?? 0));
        var monthWeights = decomposition.Year.Months.Skip(observed).ToArray();
        var months = new Dictionary<string, decimal[]>(StringComparer.Ordinal)
        {
            [decomposition.Root.Node.Id] = Allocation.LargestRemainder(remaining, monthWeights.All(w => w == 0) ? [.. monthWeights.Select(_ => 1m)] : monthWeights, unit),
        };
        var momentum = new HashSet<string>(StringComparer.Ordinal);
        var progress = yearToDate.Lines.Concat(yearToDate.Nodes).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var notes = new List<string>();

        void Split(AllocatedTarget parent)
        {
            if (parent.IsLeaf)
            {
                return;
            }

            var weights = Weights(parent, progress, method, notes, out var byMomentum);
            var parentMonths = months[parent.Node.Id];
            var childMonths = parent.Children.Select(_ => new decimal[parentMonths.Length]).ToArray();
            for (var j = 0; j < parentMonths.Length; j++)
            {
                var split = Allocation.LargestRemainder(parentMonths[j], weights, unit);
                for (var c = 0; c < split.Length; c++)
                {
                    childMonths[c][j] = split[c];
                }
            }

            for (var c = 0; c < parent.Children.Count; c++)
            {
                var child = parent.Children[c];
                months[child.Node.Id] = childMonths[c];
                if (byMomentum)
                {
                    momentum.Add(child.Node.Id);
                }

                Split(child);
            }
        }

        Split(decomposition.Root);
        var lineWeights = Weights(decomposition.Root, progress, method, [], out _);
        var lineShares = lineWeights.Select(w => (double)(w / lineWeights.Sum())).ToArray();

        RephasedTarget Row(TargetProgress p) => new(p.Id, p.NameZh, p.NameEn, p.Level, p.Parent, first, months[p.Id], p.Target - p.TargetToDate, momentum.Contains(p.Id));
        var people = new List<RephasedTarget>();
        foreach (var (person, p) in decomposition.People.Zip(yearToDate.People))
        {
            var counted = person.Items.Where(i => i.CountedInTotal).ToArray();
            var partners = counted.Where(i => !months.ContainsKey(i.Id)).ToArray();
            if (partners.Length > 0)
            {
                // Channel partners are credited to people but are not targets of the tree, and actuals do not record them.
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{person.Person.Id}: {(partners.Length == counted.Length ? "all" : "some")} of the targets credited to them are channel partners ({string.Join(", ", partners.Select(i => i.Id))}; {Formats.Amount(partners.Sum(i => i.Amount))} 萬元), which are not targets of the plan's tree and are not recorded by the actuals: {(partners.Length == counted.Length ? "they are left out of the re-plan" : "those are left out of their re-planned target")}."));
                if (partners.Length == counted.Length)
                {
                    continue;
                }
            }

            var sum = new decimal[CalendarMonths.Count - observed];
            foreach (var item in counted.Except(partners))
            {
                var itemMonths = months[item.Id];
                for (var j = 0; j < sum.Length; j++)
                {
                    sum[j] += itemMonths[j];
                }
            }

            people.Add(new RephasedTarget(p.Id, p.NameZh, p.NameEn, ProgressLevel.Person, null, first, sum, p.Target - p.TargetToDate, counted.Any(i => momentum.Contains(i.Id))));
        }

        return new RephasedPlan(method, Row(yearToDate.Company), [.. yearToDate.Lines.Select(Row)], [.. yearToDate.Nodes.Select(Row)], people, lineShares, notes);
    }

    // The children's weights: their allocated targets, times their year-to-date completion by momentum
    // when every child's actuals are recorded (a child with nothing due yet counts as on plan).
    private static decimal[] Weights(AllocatedTarget parent, Dictionary<string, TargetProgress> progress, RephaseMethod method, List<string> notes, out bool byMomentum)
    {
        var planWeights = parent.Children.Select(c => c.Amount).ToArray();
        byMomentum = false;
        var weights = planWeights;
        if (method == RephaseMethod.Momentum)
        {
            var children = parent.Children.Select(c => progress[c.Node.Id]).ToArray();
            if (children.Any(c => c.Actual is null))
            {
                notes.Add($"{parent.Node.Id}: the actuals do not record {string.Join(", ", children.Where(c => c.Actual is null).Select(c => c.Id))}, so its children keep the plan's proportions.");
            }
            else
            {
                var scaled = children.Select((c, i) => planWeights[i] * (c.TargetToDate > 0 ? c.Actual!.Value / c.TargetToDate : 1)).ToArray();
                if (scaled.All(w => w == 0))
                {
                    notes.Add($"{parent.Node.Id}: none of its children has booked anything yet, so they keep the plan's proportions.");
                }
                else
                {
                    (weights, byMomentum) = (scaled, true);
                }
            }
        }

        if (weights.All(w => w == 0))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{parent.Node.Id}: its {parent.Children.Count} children have no target, so what remains is split equally."));
            return [.. weights.Select(_ => 1m)];
        }

        return weights;
    }
}
