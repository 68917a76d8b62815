using Analytics.Common;

namespace Analytics.Scenarios;

/// <summary>One labelled assumption of a scenario file, e.g. S2: "A strong market also makes deals easier to win ...".</summary>
/// <param name="Id">Its label (S1, S2, ...).</param>
/// <param name="Text">What it assumes and why, as the file states it.</param>
public sealed record ScenarioAssumption(string Id, string Text)
{
    /// <summary>The label (not blank).</summary>
    public string Id { get; } = Preconditions.NotBlank(Id);

    /// <summary>The text (not blank).</summary>
    public string Text { get; } = Preconditions.NotBlank(Text);
}
