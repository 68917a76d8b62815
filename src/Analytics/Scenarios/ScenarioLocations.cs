using System.Globalization;
using Analytics.Common;
using Analytics.Scenarios.Json;

namespace Analytics.Scenarios;

/// <summary>
/// Where each value of a scenario file was written: the 1-based line of every key and list item,
/// by its path from the top (<c>target</c>, <c>streams.repurchase.target</c>,
/// <c>phasing.quarters[0]</c>, <c>budget.tradeShows.amount</c>), so a check of the scenario against
/// its plan names the scenario's line next to the plan's row. A scenario built in code has none.
/// </summary>
public sealed class ScenarioLocations
{
    private readonly IReadOnlyDictionary<string, int> _lines;

    private ScenarioLocations(string file, IReadOnlyDictionary<string, int> lines)
    {
        File = file;
        _lines = lines;
    }

    /// <summary>No locations (a scenario built in code).</summary>
    public static ScenarioLocations None { get; } = new(string.Empty, new Dictionary<string, int>());

    /// <summary>The file the scenario was read from, as it was named when loaded (empty for <see cref="None"/>).</summary>
    public string File { get; }

    /// <summary>Whether the file has a value at <paramref name="path"/> (e.g. "phasing.months").</summary>
    public bool Has(string path) => _lines.ContainsKey(Preconditions.NotBlank(path));

    /// <summary>The line of the value at <paramref name="path"/> in <paramref name="file"/> (by default the file it was read from); line 0 when the file has no such value.</summary>
    /// <param name="path">The value's path from the top, keys joined by '.', list items as [i].</param>
    /// <param name="file">The name to give the file (e.g. as the user named it), or null for <see cref="File"/>.</param>
    public SourceLocation Of(string path, string? file = null)
        => new(file ?? File, _lines.TryGetValue(Preconditions.NotBlank(path), out var line) ? line : 0);

    /// <summary>The locations of every key and item under <paramref name="root"/>.</summary>
    internal static ScenarioLocations From(JsonNode root, string file)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        void Walk(JsonNode node, string path)
        {
            foreach (var member in node.Members)
            {
                var at = path.Length == 0 ? member.Key : path + "." + member.Key;
                lines.TryAdd(at, member.Line);
                Walk(member.Value, at);
            }

            for (var i = 0; i < node.Items.Count; i++)
            {
                var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                lines.TryAdd(at, node.Items[i].Line);
                Walk(node.Items[i], at);
            }
        }

        Walk(root, string.Empty);
        return new ScenarioLocations(file, lines);
    }
}
