using System.Globalization;
using CsvHelper;

namespace Analytics.Simulation.Results;

/// <summary>
/// The per-trial outputs of a run as CSV, for an audit trail: a header "trial" plus one column per
/// output, one row per trial (1-based trial numbers), values in round-trip notation so a reader
/// gets back the exact doubles. Invariant culture, comma-separated, UTF-8 without a byte-order mark.
/// </summary>
public static class SamplesCsv
{
    /// <summary>Writes the samples to <paramref name="writer"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var options = CsvWriterOptions.Default with { Separator = ',', FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
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

    /// <summary>
    /// Writes the samples to the file at <paramref name="path"/>: first to a temporary file in the
    /// same folder, then moved into place, so a failed or interrupted export never leaves a
    /// truncated file under the requested name.
    /// </summary>
    public static void WriteFile(SimulationResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                Write(result, writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
