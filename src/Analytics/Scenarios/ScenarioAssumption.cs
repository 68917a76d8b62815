using Analytics.Common;

namespace Analytics.Scenarios;

/// <summary>One labelled assumption of a scenario file, e.g. S2: "A strong market also makes deals easier to win ...".</summary>
/// <param name="Id">Its label (S1, S2, ...).</param>
/// <param name="Text">What it assumes and why, as the file states it: in both languages when the file gives both
/// (<c>zh:</c> and <c>en:</c>, see <see cref="ScenarioNotes.Read"/>), else the one text as written, the same on either page.</param>
public sealed record ScenarioAssumption(string Id, BilingualText Text)
{
    /// <summary>The label (not blank).</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>The text.</summary>
    public BilingualText Text { get; } = Preconditions.NotNull(Text);
}
