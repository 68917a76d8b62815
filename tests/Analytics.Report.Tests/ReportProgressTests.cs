namespace Analytics.Report.Tests;

public class ReportProgressTests
{
    [Fact]
    public void ToString_Step_TheCommandsLine()
        => Assert.Equal("Tornado (11 inputs, each at its P10 and P90): 4,096 trials, seed 3, 0.52 s.", new ReportProgress("Tornado (11 inputs, each at its P10 and P90)", 4096, 3, TimeSpan.FromMilliseconds(521)).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Step_Blank_Throws(string step) => Assert.ThrowsAny<ArgumentException>(() => new ReportProgress(step, 1, 1, TimeSpan.Zero));
}
