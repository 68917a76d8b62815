using Analytics.Loading;

namespace Analytics.Report.Tests;

public sealed class ReportFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("report-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Inputs_PlanAndScenario_EveryPlanFileAndTheScenario()
    {
        var inputs = ReportFile.Inputs("plan", "s.json");
        Assert.Equal(PlanFiles.All.Count + PlanFiles.Optional.Count + 1, inputs.Count); // the optional tables are read when present, so never written over either
        Assert.Contains(Path.Combine("plan", "targets.csv"), inputs);
        Assert.Contains(Path.Combine("plan", "roles.csv"), inputs);
        Assert.Equal("s.json", inputs[^1]);
        Assert.Equal(["plans/acme.xlsx", "s.json"], ReportFile.Inputs("plans/acme.xlsx", "s.json")); // a workbook plan is one input
        Assert.Empty(ReportFile.Inputs(null, null));
    }

    [Fact]
    public void CheckWritable_ForeignPage_RefusedNamingTheFile()
    {
        var page = Path.Combine(_folder, "chart.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta name=\"generator\" content=\"Analytics.Charts\"></head></html>");
        var e = Assert.Throws<IOException>(() => ReportFile.CheckWritable(page, []));
        Assert.Equal($"{page}: the file exists and was not written by analytics report; refusing to overwrite it (remove it or choose another --out).", e.Message);
    }

    [Fact]
    public void CheckWritable_AReportOrNoFile_Passes()
    {
        var page = Path.Combine(_folder, "report.html");
        ReportFile.CheckWritable(page, []);
        File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta name=\"generator\" content=\"{ReportPage.Generator}\"></head></html>");
        ReportFile.CheckWritable(page, []);
    }

    [Fact]
    public void CheckWritable_AnInputOrAMissingFolder_Refused()
    {
        var input = Path.Combine(_folder, "scenario.json");
        File.WriteAllText(input, "{}");
        Assert.Throws<IOException>(() => ReportFile.CheckWritable(input, [input]));
        Assert.Throws<IOException>(() => ReportFile.CheckWritable(Path.Combine(_folder, "none", "report.html"), []));
    }

    [Fact]
    public void Write_NewFile_TheText()
    {
        var page = Path.Combine(_folder, "report.html");
        ReportFile.Write(page, "<html></html>", []);
        Assert.Equal("<html></html>", File.ReadAllText(page));
    }
}
