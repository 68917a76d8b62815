using System.Text.Json;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands;

public class GrowthCommandTests
{
    [Fact]
    public void Growth_ShippedPlanJson_HandComputedSeedFigures()
    {
        var (code, output, _) = CliRunner.Run("growth", RepoPaths.ShippedPlan, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(3800m, root.GetProperty("lastYear").GetDecimal());
        Assert.Equal(5000m, root.GetProperty("target").GetDecimal());
        Assert.Equal(0.3158m, Math.Round(root.GetProperty("growth").GetDecimal(), 4));
        Assert.Equal(165_217.39m, Math.Round(root.GetProperty("impliedMarketSize").GetDecimal(), 2));   // 3800 / 0.023
        Assert.Equal(0.15m, root.GetProperty("marketGrowthLow").GetDecimal());
        Assert.Equal(0.20m, root.GetProperty("marketGrowthHigh").GetDecimal());
        Assert.Equal(0.026316m, Math.Round(root.GetProperty("requiredShareLow").GetDecimal(), 6));     // 5000 / (165217.39 x 1.15)
        Assert.Equal(0.025219m, Math.Round(root.GetProperty("requiredShareHigh").GetDecimal(), 6));    // 5000 / (165217.39 x 1.20)
        Assert.Equal(4370m, root.GetProperty("holdShareRevenueLow").GetDecimal());                     // 3800 x 1.15
        Assert.Equal(4560m, root.GetProperty("holdShareRevenueHigh").GetDecimal());                    // 3800 x 1.20
    }

    [Fact]
    public void Growth_ShippedPlanJson_ViewsAndExactBridge()
    {
        var (_, output, _) = CliRunner.Run("growth", RepoPaths.ShippedPlan, "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var views = root.GetProperty("views").EnumerateArray().ToArray();
        Assert.Equal(["market", "customers", "product"], views.Select(v => v.GetProperty("kind").GetString()));
        Assert.Equal(570m, views[0].GetProperty("contributionLow").GetDecimal());
        Assert.Equal(1200m, views[1].GetProperty("contributionHigh").GetDecimal());
        Assert.Equal(-200m, views[2].GetProperty("gapLow").GetDecimal());
        var bridge = root.GetProperty("bridge");
        var steps = bridge.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("amount").GetDecimal()).ToArray();
        Assert.Equal([-2000m, 2200m, 1000m], steps);
        Assert.Equal(bridge.GetProperty("end").GetDecimal(), bridge.GetProperty("start").GetDecimal() + steps.Sum());
        Assert.Equal(600m, root.GetProperty("impliedUpgrades").GetDecimal());
    }

    [Fact]
    public void Growth_Text_ShowsSharesNeededAndBridge()
    {
        var (code, output, _) = CliRunner.Run("growth", RepoPaths.ShippedPlan);
        Assert.Equal(0, code);
        Assert.Contains("165,217.39", output, StringComparison.Ordinal);
        Assert.Contains("2.6316%", output, StringComparison.Ordinal);
        Assert.Contains("2.5219%", output, StringComparison.Ordinal);
        Assert.Contains("4,370", output, StringComparison.Ordinal);
        Assert.Contains("new customers", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_ChangedMarketGrowth_FollowsThePlan()
    {
        // At 10% market growth holding share gives 3800 x 1.1 = 4180; the share needed is 115 / 4180.
        using var plan = new TempPlanFolder().Replace("facts.csv", "market_growth_low,0.15", "market_growth_low,0.10");
        var (code, output, _) = CliRunner.Run("growth", plan.Path, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(4180m, doc.RootElement.GetProperty("holdShareRevenueLow").GetDecimal());
        Assert.Equal(Math.Round(115m / 4180m, 10), Math.Round(doc.RootElement.GetProperty("requiredShareLow").GetDecimal(), 10));
    }

    [Fact]
    public void Growth_BadPlan_ExitTwoNamingFile()
    {
        using var plan = new TempPlanFolder().Replace("facts.csv", "last_year_sales,3800", "last_year_sales,abc");
        Assert.Contains("facts.csv", CliRunner.AssertBadInput(CliRunner.Run("growth", plan.Path)), StringComparison.Ordinal);
    }
}
