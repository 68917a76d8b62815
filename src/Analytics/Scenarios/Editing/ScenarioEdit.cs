namespace Analytics.Scenarios.Editing;

/// <summary>One labelled assumption written into a scenario file's text.</summary>
/// <param name="File">The scenario file, as named.</param>
/// <param name="Path">The value's path, spelt out from the top (e.g. "streams.newCustomers.components.3c.winRate").</param>
/// <param name="Line">The 1-based line of the value in the file before the edit.</param>
/// <param name="Label">The assumption's label, e.g. "H1".</param>
/// <param name="OldValue">The value as it was written (whitespace runs shown as one space).</param>
/// <param name="NewValue">The value written.</param>
/// <param name="Comment">The comment lines written above it.</param>
/// <param name="ReplacedComment">The comment that labelled the value before (kept in the new comment), or empty.</param>
/// <param name="Text">The whole edited file.</param>
public sealed record ScenarioEdit(string File, string Path, int Line, string Label, string OldValue, string NewValue, IReadOnlyList<string> Comment, IReadOnlyList<string> ReplacedComment, string Text);
