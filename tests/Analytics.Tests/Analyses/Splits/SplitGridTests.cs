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

    [Theory]
    [InlineData(2, 500, 0.05)]
    [InlineData(3, 500, 0.05)]
    [InlineData(4, 500, 0.1)]
    [InlineData(5, 500, 0.2)]
    [InlineData(7, 500, 0.2)]
    [InlineData(8, 500, 0.25)]
    [InlineData(3, 231, 0.05)]
    [InlineData(3, 230, 0.1)]
    [InlineData(8, 8, 1)]
    public void FinestStep_StreamsAndCap_FinestReadableStepWithinTheCap(int streams, int cap, double step)
        => Assert.Equal(step, SplitGrid.FinestStep(streams, cap));

    [Fact]
    public void FinestStep_AnyStreamsAndCap_GridWithinTheCapAndTheNextFinerStepIsNot()
    {
        for (var streams = 1; streams <= 10; streams++)
        {
            foreach (var cap in new[] { 10, 50, 300, 500, 5000 })
            {
                if (cap < streams)
                {
                    continue;
                }

                var step = SplitGrid.FinestStep(streams, cap);
                Assert.True(SplitGrid.Simplex(streams, step).Count <= cap, $"{streams} streams, cap {cap}: step {step}");
                var finer = SplitGrid.ReadableSteps.TakeWhile(s => s < step).LastOrDefault();
                if (finer > 0)
                {
                    // Counted independently: C(m + k - 1, k - 1) with m = 1/step.
                    var m = (int)Math.Round(1 / finer);
                    var count = 1.0;
                    for (var i = 1; i < streams; i++)
                    {
                        count = count * (m + i) / i;
                    }

                    Assert.True(count > cap, $"{streams} streams, cap {cap}: the finer step {finer} has {count} splits");
                }
            }
        }
    }

    [Fact]
    public void FinestStep_CapBelowTheStreams_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => SplitGrid.FinestStep(4, 3));
}
