using System.Globalization;

namespace Analytics.Common;

/// <summary>
/// Where a figure came from: a file and a 1-based line (0 when the figure is not tied to a line,
/// e.g. a whole file). Carried by every loaded record so findings can point back to it.
/// </summary>
/// <param name="File">The file's path as the user gave it (or its name for an in-memory source).</param>
/// <param name="Line">1-based line number; 0 when not applicable.</param>
public sealed record SourceLocation(string File, int Line)
{
    /// <summary>A location for a figure computed rather than read (e.g. a default).</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0);

    /// <inheritdoc />
    public override string ToString()
        => Line > 0 ? $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}" : File;
}
