using System.Globalization;
using Analytics.Analyses.Trigger;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>
/// Turns the quarterly-rule analysis's completion bins into <see cref="CompletionCurve"/>s: P(annual
/// target) at each bin's middle, after each of the given quarters. Only the bins that
/// <see cref="CompletionBin.IsShown"/> are drawn, the rule of the trigger command's table too.
/// </summary>
public static class CompletionCurves
{
    /// <summary>The curves of <paramref name="result"/>.</summary>
    /// <param name="result">A quarterly-rule run.</param>
    /// <param name="quarters">The quarter ends to draw (default 1-3: after Q4 the year is known).</param>
    /// <param name="minShare">The smallest share of all trials a bin must hold to be drawn, in [0, 1) (default 1%).</param>
    public static IReadOnlyList<CompletionCurve> From(TriggerResult result, IReadOnlyList<int>? quarters = null, double minShare = CompletionBin.DefaultMinShare)
    {
        Preconditions.NotNull(result);
        Preconditions.InRange(minShare, 0, 0.999);
        return [.. (quarters ?? [1, 2, 3]).Select(q =>
        {
            var quarter = result.Quarters.FirstOrDefault(x => x.Quarter == q) ?? throw new ArgumentOutOfRangeException(nameof(quarters), q, "quarters must be 1-4.");
            var bins = quarter.HitByCompletion.Where(b => b.IsShown(result.Trials, minShare)).ToArray();
            if (bins.Length == 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"after Q{q} no completion bin holds {minShare * 100:0.##}% of the trials; lower minShare."), nameof(minShare));
            }

            var label = q.ToString(CultureInfo.InvariantCulture);
            return new CompletionCurve(new BilingualText($"第 {label} 季末", $"after Q{label}"), [.. bins.Select(b => (b.Lower + b.Upper) / 2)], [.. bins.Select(b => b.Hit.Value)]);
        })];
    }
}
