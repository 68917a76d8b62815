using System.Globalization;
using Analytics.Export;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Results;
using Analytics.Tests.Simulation.Engine;

namespace Analytics.Tests.Export;

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
    public void WriteFile_ExistingFile_RefusedUnlessOverwriteAndNeverAnInput()
    {
        var folder = Directory.CreateTempSubdirectory("samples-");
        try
        {
            var path = Path.Combine(folder.FullName, "s.csv");
            File.WriteAllText(path, "old");
            Assert.Throws<IOException>(() => SamplesCsv.WriteFile(Result, path));
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Throws<IOException>(() => SamplesCsv.WriteFile(Result, path, [path], overwrite: true));
            Assert.Equal("old", File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Write_FormulaLikeOutputName_NeutralisedNumbersKept()
    {
        var hostile = SimulationEngine.Run(new TestModels.Identity([new ScalarInput("=SUM(A1)", new Normal(0, 1))]), new SimulationOptions(5, seed: 4));
        using var writer = new StringWriter();
        SamplesCsv.Write(hostile, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("trial,\"'=SUM(A1)\"", lines[0]); // escaped with ' and quoted, as CsvHelper does
        Assert.Equal(hostile.Samples(0).Span[0], double.Parse(lines[1].Split(',')[1], CultureInfo.InvariantCulture)); // a negative number stays a number
    }

    [Fact]
    public void WriteFile_ReplacesTheFileAPreviousExportWroteWhenAskedAndLeavesNoTemporary()
    {
        var folder = Directory.CreateTempSubdirectory("samples-");
        try
        {
            var path = Path.Combine(folder.FullName, "s.csv");
            SamplesCsv.WriteFile(Result, path);
            SamplesCsv.WriteFile(Result, path, overwrite: true);
            Assert.StartsWith("trial,a,b\n1,", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal(["s.csv", ".s.csv.analytics"], folder.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal).Reverse());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
