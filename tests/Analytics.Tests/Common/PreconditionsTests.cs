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

    [Fact]
    public void EachFinite_AllFinite_ReturnsTheList()
    {
        double[] observations = [1, -2.5, 0];
        Assert.Same(observations, Preconditions.EachFinite(observations));
    }

    [Fact]
    public void EachFinite_NaNAtTwo_NamesTheElement()
    {
        double[] observations = [1, 2, double.NaN];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.EachFinite(observations));
        Assert.Equal("observations[2]", e.ParamName);
        Assert.StartsWith("observations[2] must be a finite number; was NaN.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachNonNegative_NegativeAtOne_NamesTheElementByTheGivenName()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.EachNonNegative([0, -1, 2], "MonthlyShares"));
        Assert.StartsWith("MonthlyShares[1] must be a finite number >= 0; was -1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachNonNegative_Infinity_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.EachNonNegative([double.PositiveInfinity], "x"));

    [Fact]
    public void EachProbability_AboveOne_NamesTheElement()
    {
        double[] shares = [0.5, 1.5];
        Assert.Equal("shares[1]", Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.EachProbability(shares)).ParamName);
        Assert.Equal([0.0, 1.0], Preconditions.EachProbability([0.0, 1.0], "shares"));
    }

    [Fact]
    public void Each_Empty_Accepted()
    {
        Assert.Empty(Preconditions.EachFinite([], "x"));
        Assert.Empty(Preconditions.EachNonNegative([], "x"));
        Assert.Empty(Preconditions.EachProbability([], "x"));
    }

    [Fact]
    public void Each_Null_Throws()
    {
        double[]? values = null;
        Assert.Throws<ArgumentNullException>(() => Preconditions.EachFinite(values!));
        Assert.Throws<ArgumentNullException>(() => Preconditions.EachNonNegative(values!));
        Assert.Throws<ArgumentNullException>(() => Preconditions.EachProbability(values!));
    }
}
