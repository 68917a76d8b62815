using Analytics.Common;
using Analytics.Scenarios;
using Analytics.TestSupport;

namespace Analytics.Tests.Scenarios;

public class InputLabelsTests
{
    private static readonly InputLabels Labels = InputLabels.For(Plans.Shipped);

    [Theory]
    [InlineData("newCustomers.lithiumPartners.winRate", "鋰電設備 渠道 贏單率", "Lithium-battery equipment, partners: win rate")]
    [InlineData("newCustomers.3c.winRate", "3C 電子 直銷 贏單率", "3C electronics, direct: win rate")]
    [InlineData("repurchase.tierA.renewalProbability", "A 類客戶 續約機率", "Tier-A customers: renewal probability")]
    [InlineData("newProduct.benchmarks.winProbability", "新產品銷售 標桿客戶 贏標機率", "New product, benchmarks: win probability")]
    [InlineData("market", "市場因子", "Market factor")]
    [InlineData("response.newCustomers.elasticity", "新客戶開發 努力彈性", "New customers: effort elasticity")]
    public void Of_ShippedScenarioInputs_NamesFromThePlan(string input, string zh, string en)
        => Assert.Equal(new BilingualText(zh, en), Labels.Of(input));

    [Theory]
    [InlineData("share.newProduct", "新產品銷售 目標占比", "New product: share of the target")]
    [InlineData("newCustomers.*.winRate", "新客戶開發 各組成部分 贏單率", "New customers, every component: win rate")]
    [InlineData("newCustomers.3c.leads.mean", "3C 電子 直銷 平均線索數", "3C electronics, direct: mean leads")]
    [InlineData("newCustomers.*.leads.mean", "新客戶開發 各組成部分 平均線索數", "New customers, every component: mean leads")]
    [InlineData("repurchase.upgrades.orderValue.mean", "存量客戶復購 upgrades 平均訂單金額", "Existing-customer repurchase, upgrades: mean order value")]
    public void Of_GoalSeekLevers_NamesFromThePlan(string lever, string zh, string en)
        => Assert.Equal(new BilingualText(zh, en), Labels.Of(lever));

    [Theory]
    [InlineData("share.services")]
    [InlineData("newCustomers.3c.leads.median")]
    [InlineData("services.orders.winRate")]
    [InlineData("newCustomers.3c.leadTime")]
    [InlineData("shock")]
    public void Of_NameTheRuleCannotRead_ShownAsWritten(string input)
        => Assert.Equal(BilingualText.Same(input), Labels.Of(input));

    [Fact]
    public void Of_EveryInputOfTheShippedScenario_NoRawPath()
    {
        var inputs = ScenarioRuns.Plc.Streams.SelectMany(s => s.Inputs).Select(i => i.Name).Distinct().ToArray();

        Assert.NotEmpty(inputs);
        Assert.All(inputs, i => Assert.DoesNotContain(".", Labels.Of(i).Zh, StringComparison.Ordinal));
    }

    [Fact]
    public void Of_Blank_Throws() => Assert.Throws<ArgumentException>(() => Labels.Of(" "));
}
