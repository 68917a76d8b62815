using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Tests.Inputs;

public class LeverCurveTests
{
    private static readonly BilingualText WinRate = new("贏單率", "win rate");

    private static LeverCurve Curve(
        double[]? values = null,
        double[]? probabilities = null,
        double[]? lower = null,
        double[]? upper = null,
        double required = 0.5,
        double? baseline = null,
        double? solution = null,
        double? error = null,
        string format = ".1%")
        => new(WinRate, values ?? [0.1, 0.2, 0.3], probabilities ?? [0.3, 0.5, 0.7], lower ?? [0.28, 0.48, 0.68], upper ?? [0.32, 0.52, 0.72], required, baseline, solution, error, format);

    [Fact]
    public void Constructor_ValidCurve_KeptAsGiven()
    {
        var c = Curve(baseline: 0.15, solution: 0.2, error: 0.004);
        Assert.Equal("win rate", c.Lever.En);
        Assert.Equal([0.1, 0.2, 0.3], c.Values);
        Assert.Equal([0.3, 0.5, 0.7], c.Probabilities);
        Assert.Equal([0.28, 0.48, 0.68], c.Lower95);
        Assert.Equal([0.32, 0.52, 0.72], c.Upper95);
        Assert.Equal((0.5, (double?)0.15, (double?)0.2, (double?)0.004, ".1%"), (c.Required, c.Baseline, c.Solution, c.SolutionError, c.ValueFormat));
    }

    [Fact]
    public void Constructor_Defaults_NoMarksAndGeneralFormat()
    {
        var c = new LeverCurve(WinRate, [1, 2], [0.4, 0.6], [0.4, 0.6], [0.4, 0.6], 0.5);
        Assert.Null(c.Baseline);
        Assert.Null(c.Solution);
        Assert.Null(c.SolutionError);
        Assert.Equal("~g", c.ValueFormat);
    }

    [Fact]
    public void Constructor_IntervalOfZeroWidth_Accepted()
        => Assert.Equal([0.3, 0.5, 0.7], Curve(lower: [0.3, 0.5, 0.7], upper: [0.3, 0.5, 0.7]).Lower95);

    [Fact]
    public void Constructor_OnePoint_ThrowsNeedingTwo()
        => Assert.Contains("at least two points; had 1", Assert.Throws<ArgumentException>(() => Curve(values: [0.1], probabilities: [0.3], lower: [0.2], upper: [0.4])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_Empty_Throws()
        => Assert.Throws<ArgumentException>(() => Curve(values: [], probabilities: [], lower: [], upper: []));

    [Theory]
    [InlineData(0.1, 0.1)] // equal: not strictly ascending
    [InlineData(0.3, 0.2)]
    public void Constructor_ValuesNotAscending_Throws(double second, double third)
        => Assert.Contains("must ascend", Assert.Throws<ArgumentException>(() => Curve(values: [0.1, second, third])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_NaNValue_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => Curve(values: [0.1, double.NaN, 0.3]));

    [Fact]
    public void Constructor_ProbabilitiesOfAnotherLength_Throws()
        => Assert.Contains("Probabilities has 2 values", Assert.Throws<ArgumentException>(() => Curve(probabilities: [0.3, 0.5])).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Constructor_ProbabilityOutsideZeroToOne_Throws(double p)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Curve(probabilities: [0.3, p, 0.7], lower: [0.28, -1, 0.68], upper: [0.32, 2, 0.72]));

    [Fact]
    public void Constructor_LowerEndAboveItsProbability_ThrowsNamingThePoint()
        => Assert.Contains("Lower95[1] = 0.55 is on the wrong side of its probability 0.5", Assert.Throws<ArgumentException>(() => Curve(lower: [0.28, 0.55, 0.68])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_UpperEndBelowItsProbability_Throws()
        => Assert.Contains("Upper95[2]", Assert.Throws<ArgumentException>(() => Curve(upper: [0.32, 0.52, 0.69])).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void Constructor_RequiredNotInsideZeroToOne_Throws(double required)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Curve(required: required));

    [Fact]
    public void Constructor_InfiniteBaselineOrSolution_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Curve(baseline: double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Curve(solution: double.NaN));
    }

    [Fact]
    public void Constructor_NegativeSolutionError_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Curve(error: -0.001));

    [Fact]
    public void Constructor_BlankFormat_Throws() => Assert.Throws<ArgumentException>(() => Curve(format: " "));

    [Fact]
    public void Constructor_NullLever_Throws()
        => Assert.Throws<ArgumentNullException>(() => new LeverCurve(null!, [1, 2], [0.4, 0.6], [0.4, 0.6], [0.4, 0.6], 0.5));
}
