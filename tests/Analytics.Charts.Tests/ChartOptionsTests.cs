using Analytics.Common;

namespace Analytics.Charts.Tests;

public class ChartOptionsTests
{
    [Fact]
    public void Amount_Millions_HundredWanYuanIsOneMillion()
    {
        Assert.Equal(50.0, ChartOptions.English.Amount(5000m));
        Assert.Equal(5000.0, ChartOptions.Default.Amount(5000m));
    }

    [Theory]
    [InlineData(ChartLanguage.Chinese, AmountUnit.WanYuan, "5,000 萬元")]
    [InlineData(ChartLanguage.English, AmountUnit.WanYuan, "5,000 10k CNY")]
    [InlineData(ChartLanguage.Chinese, AmountUnit.MillionYuan, "50.00 百萬元")]
    [InlineData(ChartLanguage.English, AmountUnit.MillionYuan, "50.00 million CNY")]
    public void FormatAmount_EachLanguageAndUnit_NumberAndUnitName(ChartLanguage language, AmountUnit unit, string expected)
        => Assert.Equal(expected, new ChartOptions(language, unit).FormatAmount(5000.0));

    [Fact]
    public void FormatNumber_Signed_PlusOnGainsMinusOnLosses()
    {
        Assert.Equal("+665", ChartOptions.Default.FormatNumber(665.0, signed: true));
        Assert.Equal("-100", ChartOptions.Default.FormatNumber(-100.0, signed: true));
        Assert.Equal("466.67", ChartOptions.Default.FormatNumber(466.666m));
        Assert.Equal("+6.65", ChartOptions.English.FormatNumber(665.0, signed: true));
    }

    [Fact]
    public void FormatEstimate_SimulatedAmount_WholeWanYuanInEitherUnit()
    {
        Assert.Equal("4,639", ChartOptions.Default.FormatEstimate(4638.66));
        Assert.Equal("46.39", ChartOptions.English.FormatEstimate(4638.66));
        Assert.Equal("0", ChartOptions.Default.FormatEstimate(0.4));
    }

    [Fact]
    public void Text_Language_PicksTheMatchingText()
    {
        Assert.Equal("目標", ChartOptions.Default.Text("目標", "target"));
        Assert.Equal("target", ChartOptions.English.Text("目標", "target"));
        Assert.Equal("target", ChartOptions.English.Text(new BilingualText("目標", "target")));
    }

    [Theory]
    [InlineData(119)]
    [InlineData(4001)]
    public void Constructor_HeightOutOfRange_Throws(int height)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions(Height: height));
}
