using System.Globalization;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.Simulation.Results;

public class SamplesCsvTests
{
    private static readonly SimulationResult Result = SimulationEngine.Run(
        new TestModels.Identity([new ScalarInput("a", LogNormal.FromMeanCv(10, 0.6)), new ScalarInput("b", new Normal(0, 1))]),
        new SimulationOptions(500, seed: 4));

    [Fact]
    public void Write_HeaderAndOneRowPerTrial_ValuesRoundTripExactly()
    {
        using var writer = new StringWriter();
        SamplesCsv.Write(Result, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("trial,a,b", lines[0]);
        Assert.Equal(501, lines.Length);
        for (var t = 0; t < 500; t++)
        {
            var fields = lines[t + 1].Split(',');
            Assert.Equal((t + 1).ToString(CultureInfo.InvariantCulture), fields[0]);
            Assert.Equal(Result.Samples("a").Span[t], double.Parse(fields[1], CultureInfo.InvariantCulture));
            Assert.Equal(Result.Samples("b").Span[t], double.Parse(fields[2], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void WriteFile_ReplacesExistingFileAndLeavesNoTemporary()
    {
        var folder = Directory.CreateTempSubdirectory("samples-");
        try
        {
            var path = Path.Combine(folder.FullName, "s.csv");
            File.WriteAllText(path, "old");
            SamplesCsv.WriteFile(Result, path);
            Assert.StartsWith("trial,a,b\n1,", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Single(folder.GetFiles());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
