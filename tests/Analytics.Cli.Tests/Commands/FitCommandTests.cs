using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public sealed class FitCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analytics-fit-" + Guid.NewGuid().ToString("N"));

    public FitCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fit_MissingFile_ExitTwoSaysNotFoundAndHeader()
    {
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "retention", Path.Combine(_folder, "nope.csv")));
        Assert.Contains("file not found; expected a CSV file with the header period,alive", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_UnknownModel_ExitTwoWithUsage()
    {
        var message = CliRunner.AssertBadInput(CliRunner.Run("fit", "weibull", "x.csv"));
        Assert.Contains("unknown model \"weibull\"; expected retention, bass, distribution, winrate, seasonality or renewal", message, StringComparison.Ordinal);
        Assert.Contains("usage: analytics fit retention|bass|distribution|winrate|seasonality|renewal FILE.csv", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoFile_ExitTwo()
        => Assert.Contains("missing the CSV file to fit", CliRunner.AssertBadInput(CliRunner.Run("fit", "bass")), StringComparison.Ordinal);

    [Fact]
    public void Fit_PeriodsOutOfRange_ExitTwo()
        => Assert.Contains("--periods must be a whole number in [0, 100]", CliRunner.AssertBadInput(CliRunner.Run("fit", "bass", RepoPaths.Data("fits", "bass-example.csv"), "--periods", "500")), StringComparison.Ordinal);
}
