using Analytics.Tracking;

namespace Analytics.Analyses.Tracking;

/// <summary>A synthetic year's first months drawn from a plan's scenario (<see cref="SampleYearGenerator"/>).</summary>
/// <param name="Actuals">Its sales by month, line and leaf target.</param>
/// <param name="Pipeline">Its pipeline facts.</param>
/// <param name="Seed">The seed it was drawn with.</param>
/// <param name="Trial">Which of the years drawn it is (0-based).</param>
/// <param name="Quarter">The last complete quarter it gives (0: none).</param>
/// <param name="QuarterCompletion">That quarter's completion (under the plan's rule's threshold), or null.</param>
public sealed record SampleYear(Actuals Actuals, Pipeline Pipeline, ulong Seed, int Trial, int Quarter, double? QuarterCompletion);
