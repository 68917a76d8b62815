using Analytics.Export;
using Analytics.Loading;

namespace Analytics.Report;

/// <summary>
/// Where the owner's report may be written. On top of <see cref="SafeFile"/>'s rules (never an
/// input, never into a missing folder, atomically), an existing file is replaced only if it is a
/// report this toolkit wrote: it carries <see cref="ReportPage.Generator"/> in its head. Another
/// page, even a chart page of this toolkit, is kept.
/// </summary>
public static class ReportFile
{
    /// <summary>How much of an existing file's start is read for the generator tag (the head comes first).</summary>
    private const int HeadLength = 4096;

    /// <summary>The files a report of <paramref name="planDirectory"/> and <paramref name="scenarioPath"/> reads: never written over.</summary>
    /// <param name="planDirectory">The plan's folder, or null (a plan built in code).</param>
    /// <param name="scenarioPath">The scenario file, or null (no simulation).</param>
    /// <param name="more">Other files the report reads (the year's actuals and pipeline facts); nulls are skipped.</param>
    public static IReadOnlyList<string> Inputs(string? planDirectory, string? scenarioPath, params string?[] more)
        => [.. (planDirectory is null ? [] : PlanSource.FilesOf(planDirectory)).Append(scenarioPath).Concat(more).OfType<string>()];

    /// <summary>
    /// Fails now if the report could not be written to <paramref name="path"/> later: an input, a missing folder,
    /// or an existing file that is not a report. Called before the simulation, which can take minutes.
    /// </summary>
    /// <exception cref="IOException">The file may not be written, with the reason.</exception>
    public static void CheckWritable(string path, IEnumerable<string> inputs)
        => SafeFile.CheckWritable(path, inputs, overwrite: true, Mark);

    /// <summary>Writes <paramref name="html"/> to <paramref name="path"/> (atomically), after the checks of <see cref="CheckWritable"/>.</summary>
    /// <exception cref="IOException">The file may not be written, with the reason.</exception>
    public static void Write(string path, string html, IEnumerable<string> inputs)
    {
        SafeFile.WriteText(path, html, inputs, overwrite: true, Mark);
    }

    /// <summary>The report's own mark: its generator tag (no provenance record beside it).</summary>
    private static OutputMark Mark { get; } = new("analytics report", "--out", IsReport);

    /// <summary>Whether the regular file at <paramref name="path"/> is an owner's report this toolkit wrote (it carries the report's generator tag; other chart pages do not).</summary>
    private static bool IsReport(string path)
    {
        using var reader = new StreamReader(path);
        var head = new char[HeadLength];
        var read = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, read).Contains($"<meta name=\"generator\" content=\"{ReportPage.Generator}\">", StringComparison.Ordinal);
    }
}
