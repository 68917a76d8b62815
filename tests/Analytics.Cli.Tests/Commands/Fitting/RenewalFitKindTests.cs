using System.Text.Json;

namespace Analytics.Cli.Tests.Commands.Fitting;

public sealed class RenewalFitKindTests : IDisposable
{
    private readonly HistoryFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Renewal_ShippedRenewals_PosteriorPerTier()
    {
        var (code, output, _) = CliRunner.Run("fit", "renewal", HistoryFiles.Renewals, "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1.0, root.GetProperty("prior").GetProperty("a").GetDouble());
        foreach (var tier in root.GetProperty("tiers").EnumerateArray())
        {
            var (due, renewed) = (tier.GetProperty("due").GetInt32(), tier.GetProperty("renewed").GetInt32());
            Assert.Equal(1.0 + renewed, tier.GetProperty("a").GetDouble());
            Assert.Equal(1.0 + due - renewed, tier.GetProperty("b").GetDouble());
        }
    }

    [Fact]
    public void Renewal_JeffreysPrior_Halves()
    {
        var file = _files.Write("r.csv", "customer,tier,due_year,renewed\nx,A,2025,1\ny,A,2025,0\nz,A,2025,1\n");
        var root = JsonDocument.Parse(CliRunner.Run("fit", "renewal", file, "--prior", "0.5,0.5", "--format", "json").Out).RootElement;
        var tier = root.GetProperty("tiers")[0];
        Assert.Equal((2.5, 1.5), (tier.GetProperty("a").GetDouble(), tier.GetProperty("b").GetDouble()));
    }

    [Theory]
    [InlineData("--prior", "1", "--prior takes two numbers > 0")]
    [InlineData("--prior", "0,1", "--prior takes two numbers > 0")]
    public void Renewal_BadPrior_UsageError(string option, string value, string fragment)
        => Assert.Contains(fragment, CliRunner.AssertBadInput(CliRunner.Run("fit", "renewal", HistoryFiles.Renewals, option, value)), StringComparison.Ordinal);
}
