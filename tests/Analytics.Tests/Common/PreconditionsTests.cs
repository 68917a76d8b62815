using Analytics.Common;

namespace Analytics.Tests.Common;

public class PreconditionsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Positive_NotPositiveOrNotFinite_ThrowsNamingParameterValueAndRange(double shape)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.Positive(shape));
        Assert.Equal("shape", e.ParamName);
        Assert.Contains("shape must be a finite number > 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("was " + shape.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Probability_OutsideUnitInterval_Throws(double p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.Probability(p));
        Assert.Contains("a probability in [0, 1]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Probability_InsideUnitInterval_ReturnsValue(double p) => Assert.Equal(p, Preconditions.Probability(p));

    [Fact]
    public void InRange_Integer_OutOfRange_NamesRange()
    {
        var trials = 0;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.InRange(trials, 1, 10));
        Assert.Contains("trials must be an integer in [1, 10]; was 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_Decimal_OverOne_Throws()
    {
        var share = 1.2m;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.Share(share));
        Assert.Contains("share must be a share in [0, 1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotBlank_Whitespace_Throws()
    {
        var name = "  ";
        Assert.Throws<ArgumentException>(() => Preconditions.NotBlank(name));
    }
}
