using Analytics.Charts;

namespace Analytics.Interactive;

/// <summary>Settings a notebook sets once, near its inputs, and the formatters read.</summary>
public static class Notebook
{
    /// <summary>Language and unit of the formatted tables and of charts drawn with <see cref="Options"/> (default Chinese, 萬元).</summary>
    public static ChartOptions Options { get; set; } = ChartOptions.Default;
}
