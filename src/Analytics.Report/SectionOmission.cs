using Analytics.Common;

namespace Analytics.Report;

/// <summary>
/// A section of the owner's report left out because what it shows could not be computed (an analysis
/// stopped with an error): the page keeps the section's heading and says why, in its own language,
/// instead of failing as a whole or showing anything in the section's place.
/// </summary>
/// <param name="Section">The section's id (e.g. "splits").</param>
/// <param name="Reason">Why, in both languages (the page shows its own).</param>
public sealed record SectionOmission(string Section, BilingualText Reason)
{
    /// <summary>The section's id (not blank).</summary>
    public string Section { get; } = Preconditions.NotBlank(Section);

    /// <summary>Why (not null).</summary>
    public BilingualText Reason { get; } = Preconditions.NotNull(Reason);

    /// <summary>
    /// The omission of a section whose analysis (<paramref name="whatZh"/>, <paramref name="whatEn"/>) stopped with
    /// <paramref name="error"/>: the English page quotes the error's message; the Chinese page says where to read it
    /// (the command prints it on standard error) rather than quote English.
    /// </summary>
    public static SectionOmission Failed(string section, string whatZh, string whatEn, Exception error)
    {
        Preconditions.NotNull(error);
        var message = ExceptionText.Message(error).TrimEnd('.');
        return new SectionOmission(section, new BilingualText(
            $"{whatZh}在運行時出錯，本節因此略去；錯誤訊息見生成報告時的命令行輸出。",
            $"The {whatEn} stopped with an error, so this section is left out: {message}."));
    }
}
