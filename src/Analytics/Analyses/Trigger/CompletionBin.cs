using Analytics.Common;
using Analytics.Statistics;

namespace Analytics.Analyses.Trigger;

/// <summary>P(annual target) among the trials whose year-to-date completion lies in [Lower, Upper).</summary>
/// <param name="Lower">The bin's lower end (completion, e.g. 0.80).</param>
/// <param name="Upper">The bin's upper end.</param>
/// <param name="Trials">Trials in the bin.</param>
/// <param name="Hit">P(annual target | completion in the bin).</param>
public sealed record CompletionBin(double Lower, double Upper, int Trials, Estimate Hit)
{
    /// <summary>The smallest share of a run's trials a bin must hold to be shown, when not told otherwise: 1% (a thinner bin's P is mostly noise).</summary>
    public const double DefaultMinShare = 0.01;

    /// <summary>
    /// Whether the bin holds enough of the run's trials to be shown: at least one trial and at least
    /// <paramref name="minShare"/> of <paramref name="runTrials"/>. The one rule of the trigger
    /// command's table and the completion chart.
    /// </summary>
    /// <param name="runTrials">All trials of the run, &gt;= 0.</param>
    /// <param name="minShare">The smallest share of the run's trials, in [0, 1] (default <see cref="DefaultMinShare"/>).</param>
    public bool IsShown(int runTrials, double minShare = DefaultMinShare)
    {
        Preconditions.NonNegative(runTrials);
        Preconditions.InRange(minShare, 0, 1);
        return Trials > 0 && Trials >= minShare * runTrials;
    }
}
