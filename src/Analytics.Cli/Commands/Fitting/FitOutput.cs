using Analytics.Scenarios.Editing;

namespace Analytics.Cli.Commands.Fitting;

/// <summary>What one fit gives the command: its JSON, its text, and the value it writes into a scenario.</summary>
/// <param name="Json">The machine output (an object serialised as the command's JSON).</param>
/// <param name="WriteText">Writes the plain-text output.</param>
/// <param name="Assumption">The value for <c>--into SCENARIO --at PATH</c>, given the path and the <c>--group</c> (null when not given).</param>
internal sealed record FitOutput(object Json, Action<TextWriter> WriteText, Func<string, string?, AssumptionValue> Assumption);
