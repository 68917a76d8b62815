using Analytics.Common;

namespace Analytics.Scenarios.Drafting;

/// <summary>
/// A scenario drafted from a plan's own data (<see cref="ScenarioDrafter.Draft"/>): the file's text, in the
/// format of data/scenarios/README.md with its comments, and the default assumptions (D1, D2, ...) the draft
/// adds where the plan states no figure.
/// </summary>
/// <param name="Text">The scenario file's text (its header comment carries <see cref="Marker"/>).</param>
/// <param name="Assumptions">The labelled default assumptions, in label order (also stated in the header comment).</param>
public sealed record ScenarioDraft(string Text, IReadOnlyList<ScenarioAssumption> Assumptions)
{
    /// <summary>The words in a drafted file's first comment line that say the command wrote it (so it may replace it).</summary>
    public const string Marker = "drafted by `analytics scenario draft`";

    /// <summary>The file's text.</summary>
    public string Text { get; } = Preconditions.NotNull(Text);

    /// <summary>The default assumptions.</summary>
    public IReadOnlyList<ScenarioAssumption> Assumptions { get; } = Preconditions.NotNull(Assumptions);

    /// <summary>
    /// Whether <paramref name="text"/> is a scenario this command drafted: its leading comment block carries
    /// <see cref="Marker"/>. A file without it was written by someone else and is never replaced.
    /// </summary>
    public static bool IsDrafted(string text)
    {
        Preconditions.NotNull(text);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                return false;
            }

            if (line.Contains(Marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
