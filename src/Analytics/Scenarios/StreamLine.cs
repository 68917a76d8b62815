using Analytics.Planning;

namespace Analytics.Scenarios;

/// <summary>A scenario stream and the plan's business line it models.</summary>
/// <param name="Stream">The stream's name (its output in a run).</param>
/// <param name="Line">The plan's business line.</param>
/// <param name="Target">The line's allocated target, 萬元 (equal to the stream's within <see cref="ScenarioPlanMatch.Tolerance"/>).</param>
public sealed record StreamLine(string Stream, TargetNode Line, double Target);
