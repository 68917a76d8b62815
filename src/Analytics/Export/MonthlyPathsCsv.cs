using System.Globalization;
using Analytics.Analyses.Trigger;
using Analytics.Common;
using Analytics.Simulation.Results;

namespace Analytics.Export;

/// <summary>
/// Each trial's monthly revenue per stream of a run of <see cref="MonthlyPathModel"/>, long format:
/// <c>trial,month,stream,amount</c> (trial from 1, month 1-12, amount in 萬元 in round-trip notation
/// so a reader gets the exact doubles back), trial by trial, month by month, streams in the
/// scenario's order. Written with <see cref="CsvExport"/>.
/// </summary>
public static class MonthlyPathsCsv
{
    /// <summary>Writes the monthly revenue of <paramref name="streams"/> in <paramref name="result"/> to <paramref name="stream"/>.</summary>
    /// <param name="result">A run of <see cref="MonthlyPathModel"/>.</param>
    /// <param name="streams">The scenario's streams, in order.</param>
    /// <param name="stream">Where to write (UTF-8).</param>
    public static void Write(SimulationResult result, IReadOnlyList<string> streams, Stream stream)
    {
        Preconditions.NotNull(result);
        Preconditions.NotEmpty(streams);
        using var csv = CsvExport.CreateWriter(stream);
        csv.WriteHeader(["trial", "month", "stream", "amount"]);
        var columns = streams.Select(s => Enumerable.Range(1, CalendarMonths.Count).Select(m => result.Samples(MonthlyPathModel.MonthOutput(s, m))).ToArray()).ToArray();
        for (var t = 0; t < result.Manifest.Trials; t++)
        {
            for (var m = 0; m < CalendarMonths.Count; m++)
            {
                for (var s = 0; s < streams.Count; s++)
                {
                    csv.WriteField(t + 1, default, CultureInfo.InvariantCulture);
                    csv.WriteField(m + 1, default, CultureInfo.InvariantCulture);
                    csv.WriteField(streams[s]);
                    csv.WriteField(columns[s][m].Span[t], "R", CultureInfo.InvariantCulture);
                    csv.EndRecord();
                }
            }
        }

        csv.Flush();
    }
}
