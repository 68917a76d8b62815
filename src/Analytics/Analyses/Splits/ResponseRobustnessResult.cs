using Analytics.Simulation.Results;

namespace Analytics.Analyses.Splits;

/// <summary>
/// How much the best split hangs on the response assumption: the best split as the scenario
/// states the assumption and under each change of it, all on the same draws, and for each stream
/// on which side of the plan's share its best share falls.
/// </summary>
/// <param name="Streams">The stream names, in split order.</param>
/// <param name="Trials">Trials behind every figure.</param>
/// <param name="Step">The grid's step.</param>
/// <param name="Plan">The plan's split and what it gives (the same under every version).</param>
/// <param name="AsStated">The best split under the assumption as stated.</param>
/// <param name="Variants">The best split under each change, in the order of the changes.</param>
/// <param name="Shifts">Per stream, where its best share falls against the plan's, over the stated version and every change.</param>
/// <param name="Manifest">The run behind the draws, or null for hand-made samples.</param>
public sealed record ResponseRobustnessResult(
    IReadOnlyList<string> Streams,
    int Trials,
    double Step,
    SplitRow Plan,
    ResponseVariant AsStated,
    IReadOnlyList<ResponseVariant> Variants,
    IReadOnlyList<ShareShift> Shifts,
    RunManifest? Manifest)
{
    /// <summary>Versions of the assumption judged: the stated one and every change.</summary>
    public int Versions => Variants.Count + 1;

    /// <summary>Distinct best splits over the versions.</summary>
    public int DistinctBest => Variants.Select(v => v.Best.Split).Append(AsStated.Best.Split).Distinct().Count();
}
