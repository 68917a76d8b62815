using Analytics.Common;

namespace Analytics.Tests.Common;

public class FormatsTests
{
    [Theory]
    [InlineData(5000, "5,000")]
    [InlineData(1234567.891, "1,234,567.89")]
    [InlineData(466.665, "466.67")] // decimal formatting rounds half away from zero
    [InlineData(12.5, "12.5")]
    [InlineData(-300, "-300")]
    [InlineData(-0.001, "0")]
    [InlineData(0, "0")]
    public void Amount_Decimal_GroupedAtMostTwoDecimals(double value, string expected)
        => Assert.Equal(expected, Formats.Amount((decimal)value));

    [Theory]
    [InlineData(1200, "+1,200")]
    [InlineData(-300.5, "-300.5")]
    [InlineData(0, "0")]
    public void Amount_Signed_PlusOnPositiveOnly(double value, string expected)
    {
        Assert.Equal(expected, Formats.Amount((decimal)value, signed: true));
        Assert.Equal(expected, Formats.Amount(value, signed: true));
    }

    [Theory]
    [InlineData(4761.27, 1, "4,761.3")]
    [InlineData(50, 2, "50.00")]
    [InlineData(4999.5, 0, "5,000")]
    [InlineData(-0.04, 1, "0.0")]
    public void Amount_FixedDecimals_ExactlyThatMany(double value, int decimals, string expected)
        => Assert.Equal(expected, Formats.Amount(value, decimals));

    [Fact]
    public void Amount_FixedDecimalsSigned_PlusOnPositive()
        => Assert.Equal("+1,234.6", Formats.Amount(1234.56, 1, signed: true));

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Amount_DecimalsOutOfRange_Throws(int decimals)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Formats.Amount(1.0, decimals));

    [Theory]
    [InlineData("1800", "1800")]
    [InlineData("466.666", "466.67")]
    [InlineData("0.125", "0.12")] // half to even, as the audit always rounded
    [InlineData("12345.5", "12345.5")]
    public void PlainAmount_UngroupedHalfToEven(string value, string expected)
        => Assert.Equal(expected, Formats.PlainAmount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.316, 1, "31.6%")]
    [InlineData(0.38215, 1, "38.2%")]
    [InlineData(0.30877, 4, "30.8770%")]
    [InlineData(1, 0, "100%")]
    [InlineData(-0.0001, 1, "0.0%")]
    public void Percent_Fraction_FixedDecimals(double fraction, int decimals, string expected)
    {
        Assert.Equal(expected, Formats.Percent(fraction, decimals));
        Assert.Equal(expected, Formats.Percent((decimal)fraction, decimals));
    }

    [Theory]
    [InlineData(0.15, "15%")]
    [InlineData(0.155, "15.5%")]
    [InlineData(0.12345, "12.35%")]
    public void PercentUpTo_TrailingZerosDropped(double fraction, string expected)
    {
        Assert.Equal(expected, Formats.PercentUpTo(fraction));
        Assert.Equal(expected, Formats.PercentUpTo((decimal)fraction));
    }

    [Fact]
    public void PercentUpTo_OneDecimal_80Percent() => Assert.Equal("80%", Formats.PercentUpTo(0.8, 1));

    [Theory]
    [InlineData("0.28", "28%")]
    [InlineData("0.3157894", "31.58%")]
    [InlineData("0.0012345", "0.12%")]
    public void PlainPercent_ShareRoundedToTwoDecimals(string share, string expected)
        => Assert.Equal(expected, Formats.PlainPercent(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0.0015, 2, false, "0.15")]
    [InlineData(0.038, 2, true, "+3.80")]
    [InlineData(-0.012, 2, true, "-1.20")]
    [InlineData(0, 2, true, "0.00")]
    [InlineData(0.1234, 1, false, "12.3")]
    public void Points_FractionInPercentagePoints(double fraction, int decimals, bool signed, string expected)
    {
        Assert.Equal(expected, Formats.Points(fraction, decimals, signed));
        Assert.Equal(expected, Formats.Points((decimal)fraction, decimals, signed));
    }

    [Theory]
    [InlineData(100000, "100,000")]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    public void Count_Grouped(long count, string expected) => Assert.Equal(expected, Formats.Count(count));

    [Fact]
    public void Percent_Fraction_OneDecimalByDefault() => Assert.Equal("31.6%", Formats.Percent(0.316));

    [Fact]
    public void Points_StandardError_PercentagePointsWithTwoDecimals()
    {
        // sqrt(0.383 x 0.617 / 100000) = 0.00154: one decimal of a percentage would show 0.2%.
        Assert.Equal("0.15", Formats.Points(Math.Sqrt(0.383 * 0.617 / 100_000)));
        Assert.Equal("1.00", Formats.Points(0.01));
    }
}
