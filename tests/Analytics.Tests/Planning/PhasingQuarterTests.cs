using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tests.Planning;

public class PhasingQuarterTests
{
    private static readonly PhasingQuarter Q4 = new(4, 600m, 0.28m, "衝刺", "Final push", new SourceLocation("phasing.csv", 5));

    [Fact]
    public void WithMonthlyAmount_NewFigure_ShareFocusAndSourceKept()
    {
        var changed = Q4.WithMonthlyAmount(466.67m);
        Assert.Equal(466.67m, changed.MonthlyAmount);
        Assert.Equal(0.28m, changed.Share);
        Assert.Equal("Final push", changed.FocusEn);
        Assert.Equal(5, changed.Source.Line);
        Assert.Equal(600m, Q4.MonthlyAmount);
    }

    [Fact]
    public void WithMonthlyAmount_Null_NoMonthlyFigure() => Assert.Null(Q4.WithMonthlyAmount(null).MonthlyAmount);

    [Fact]
    public void WithShare_36Percent_MonthlyKept()
    {
        var changed = Q4.WithShare(0.36m);
        Assert.Equal(0.36m, changed.Share);
        Assert.Equal(600m, changed.MonthlyAmount);
    }

    [Fact]
    public void WithMonthlyAmount_Negative_Throws() => Assert.ThrowsAny<ArgumentException>(() => Q4.WithMonthlyAmount(-1m));

    [Fact]
    public void WithShare_AboveOne_Throws() => Assert.ThrowsAny<ArgumentException>(() => Q4.WithShare(1.01m));

    [Fact]
    public void Label_Q4() => Assert.Equal("Q4", Q4.Label);
}
