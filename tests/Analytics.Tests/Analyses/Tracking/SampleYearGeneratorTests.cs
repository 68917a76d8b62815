using Analytics.Analyses.Tracking;
using Analytics.Export;
using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Analyses.Tracking;

public class SampleYearGeneratorTests
{
    [Fact]
    public void Generate_ShippedSeed_ReproducesTheShippedFilesByteForByte()
    {
        var sample = SampleYearGenerator.Generate(Shipped.Decomposition, TrackingFixtures.Match, 6, SampleYearGenerator.ShippedSeed);
        Assert.Equal(File.ReadAllText(RepoPaths.Data("plc-2026", TrackingFiles.Actuals)), Write(s => TrackingCsv.WriteActuals(s, sample.Actuals)));
        Assert.Equal(File.ReadAllText(RepoPaths.Data("plc-2026", TrackingFiles.Pipeline)), Write(s => TrackingCsv.WritePipeline(s, sample.Pipeline)));
        Assert.Equal(2, sample.Quarter);
        Assert.True(sample.QuarterCompletion < 0.8);
    }

    [Fact]
    public void Generate_AnySeed_TheLastQuarterFiresAndRowsAddUpToTheLines()
    {
        var sample = SampleYearGenerator.Generate(Shipped.Decomposition, TrackingFixtures.Match, 9, 17);
        var ytd = YearToDateComparison.Of(Shipped.Decomposition, sample.Actuals);
        Assert.True(ytd.Quarters[2].Fired);
        Assert.Equal(sample.QuarterCompletion!.Value, ytd.Quarters[2].Completion!.Value, 1e-12);
        Assert.Equal(9, sample.Actuals.MonthsObserved);
        Assert.All(ytd.Nodes, n => Assert.NotNull(n.Actual));
        Assert.All(sample.Actuals.Rows, r => Assert.Equal(decimal.Round(r.Amount, 2), r.Amount));
        var again = SampleYearGenerator.Generate(Shipped.Decomposition, TrackingFixtures.Match, 9, 17);
        Assert.Equal(sample.Actuals.Rows.Select(r => r.Amount), again.Actuals.Rows.Select(r => r.Amount));
        Assert.Equal(sample.Pipeline.Leads.Select(l => l.Wins), again.Pipeline.Leads.Select(l => l.Wins));
    }

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
