using Analytics.Export;
using Analytics.Scenarios.Editing;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>--into SCENARIO --at PATH [--replace]</c>: writes a fit into a scenario file as a labelled assumption and says what changed.</summary>
internal static class ScenarioInto
{
    /// <summary>Writes <paramref name="value"/> and returns the change, as text lines and as JSON.</summary>
    public static (IReadOnlyList<string> Lines, object Json) Apply(string scenario, string path, AssumptionValue value, bool replace, string dataFile)
    {
        var (edit, backup) = ScenarioAssumptionWriter.Apply(scenario, path, value, replace, [dataFile]);
        var lines = new List<string>
        {
            $"{edit.File}:{FitNumbers.WholeNumber(edit.Line)}: {edit.Path} (assumption {edit.Label})",
            $"  - {edit.OldValue}",
            $"  + {edit.NewValue}",
        };
        lines.AddRange(edit.Comment.Select(c => "  + " + c));
        if (backup is not null)
        {
            lines.Add($"  (the file as it was is kept as {backup})");
        }

        var json = new
        {
            scenario = edit.File,
            path = edit.Path,
            line = edit.Line,
            label = edit.Label,
            oldValue = edit.OldValue,
            newValue = edit.NewValue,
            comment = edit.Comment,
            replacedComment = edit.ReplacedComment,
            backup,
        };
        return (lines, json);
    }
}
