using System.Globalization;
using Analytics.Analyses.Trigger;
using Analytics.Export;
using Analytics.Scenarios;
using Analytics.Simulation.Engine;
using Analytics.Tests.Scenarios;

namespace Analytics.Tests.Export;

public class MonthlyPathsCsvTests
{
    [Fact]
    public void Write_TwoTrials_OneRowPerTrialMonthAndStreamWithExactAmounts()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.Plc);
        var run = SimulationEngine.Run(new MonthlyPathModel(scenario), new SimulationOptions(2, seed: 5, threads: 1));
        string[] streams = [.. scenario.Streams.Select(s => s.Name)];
        using var stream = new MemoryStream();
        MonthlyPathsCsv.Write(run, streams, stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("trial,month,stream,amount", lines[0]);
        Assert.Equal(1 + (2 * 12 * 3), lines.Length);
        Assert.StartsWith("1,1,repurchase,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,12,newProduct,", lines[^1], StringComparison.Ordinal);

        // Each trial's rows add up to its total, exactly as the run drew it.
        var total = lines.Skip(1).Select(l => l.Split(',')).Where(c => c[0] == "2").Sum(c => double.Parse(c[3], CultureInfo.InvariantCulture));
        Assert.Equal(run.Samples(Scenario.TotalOutput).Span[1], total, 1e-9);
    }
}
