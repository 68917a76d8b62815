using System.Globalization;
using Analytics.Simulation.Results;
using CsvHelper;

namespace Analytics.Export;

/// <summary>
/// The per-trial outputs of a run as CSV, for an audit trail: a header "trial" plus one column per
/// output, one row per trial (1-based trial numbers), values in round-trip notation so a reader
/// gets back the exact doubles. Written with <see cref="CsvExport"/>: invariant culture, UTF-8
/// without a byte-order mark, and output names that look like formulas neutralised.
/// </summary>
public static class SamplesCsv
{
    /// <summary>Writes the samples to <paramref name="writer"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = CsvExport.CreateWriter(writer);
        Write(result, csv);
    }

    /// <summary>Writes the samples to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(SimulationResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = CsvExport.CreateWriter(stream);
        Write(result, csv);
    }

    /// <summary>
    /// Writes the samples to the file at <paramref name="path"/> through <see cref="SafeFile"/>: never
    /// over an input or, unless <paramref name="overwrite"/>, an existing file; via a temporary file
    /// moved into place, so an interrupted export leaves no truncated file.
    /// </summary>
    public static void WriteFile(SimulationResult result, string path, IEnumerable<string>? inputs = null, bool overwrite = false)
        => SafeFile.Write(path, s => Write(result, s), inputs, overwrite);

    private static void Write(SimulationResult result, CsvWriter csv)
    {
        ArgumentNullException.ThrowIfNull(result);
        csv.WriteHeader(["trial", .. result.Outputs.Select(o => o.Name)]);
        var columns = Enumerable.Range(0, result.Outputs.Count).Select(i => result.Samples(i)).ToArray();
        for (var t = 0; t < result.Manifest.Trials; t++)
        {
            csv.WriteField(t + 1, default, CultureInfo.InvariantCulture);
            foreach (var column in columns)
            {
                csv.WriteField(column.Span[t], "R", CultureInfo.InvariantCulture);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
