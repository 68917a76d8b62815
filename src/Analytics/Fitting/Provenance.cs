using Analytics.Common;

namespace Analytics.Fitting;

/// <summary>Where fitted data came from, for a labelled assumption: "history/leads.csv rows 2-37".</summary>
public static class Provenance
{
    /// <summary>"FILE rows FIRST-LAST" for the rows read (the file of the first located row), or "data given in code" when none was read from a file.</summary>
    public static string Rows(IEnumerable<SourceLocation> sources)
    {
        var located = Preconditions.NotNull(sources).Where(s => s.Line > 0 && s.File.Length > 0).ToArray();
        return located.Length == 0
            ? "data given in code"
            : $"{located[0].File} rows {FitText.Whole(located.Min(s => s.Line))}-{FitText.Whole(located.Max(s => s.Line))}";
    }
}
