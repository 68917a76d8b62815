using Analytics.Analyses.Splits;

namespace Analytics.Tests.Analyses.Splits;

public class SplitGridTests
{
    [Theory]
    [InlineData(0.05, 20)]
    [InlineData(0.025, 40)]
    [InlineData(1, 1)]
    [InlineData(1e-4, 10_000)]
    public void Parts_StepDividingOne_OneOverStep(double step, int parts)
        => Assert.Equal(parts, SplitGrid.Parts(step));

    [Theory]
    [InlineData(0.03, "step must divide 1 into a whole number of parts")]
    [InlineData(0.3, "step must divide 1 into a whole number of parts")]
    [InlineData(5e-5, "step must be a finite number in [0.0001, 1]")]
    [InlineData(1.5, "step must be a finite number in [0.0001, 1]")]
    [InlineData(double.NaN, "step")]
    public void Parts_BadStep_ThrowsNamingTheRule(double step, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => SplitGrid.Parts(step));
        Assert.Equal("step", e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_StepTooFineForTheStreams_ThrowsWithTheFinestThatFits()
    {
        // 0.001 over three streams: C(1002, 2) = 501,501 splits; the finest step within 20,000 is 1/198 (19,900).
        var e = Assert.Throws<ArgumentException>(() => SplitGrid.Count(3, 0.001));
        Assert.Contains("501,501 splits", e.Message, StringComparison.Ordinal);
        Assert.Contains("1/198", e.Message, StringComparison.Ordinal);
        Assert.Equal(1001, SplitGrid.Count(2, 0.001)); // two streams: 1001 splits, fine
    }
}
