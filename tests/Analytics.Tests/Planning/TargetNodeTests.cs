using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tests.Planning;

public class TargetNodeTests
{
    private static readonly TargetNode Line = new("repurchase", "company", TargetLevel.Line, null, null, "存量客戶復購", "Existing-customer repurchase", 1800m, 0.36m, new SourceLocation("targets.csv", 3), "seed §2");
    private static readonly TargetNode Company = new("company", null, TargetLevel.Company, null, null, "年度銷售目標", "Annual sales target", 5000m, null, SourceLocation.None);

    [Fact]
    public void WithAmount_NewAmount_ShareAndEverythingElseKept()
    {
        var changed = Line.WithAmount(1900m);
        Assert.Equal(1900m, changed.Amount);
        Assert.Equal(0.36m, changed.Share);
        Assert.Equal(Line.Source, changed.Source);
        Assert.Equal("seed §2", changed.SourceNote);
        Assert.Equal(1800m, Line.Amount);
    }

    [Fact]
    public void WithShare_Null_AmountOnly() => Assert.Null(Line.WithShare(null).Share);

    [Fact]
    public void WithFigures_ShareOnly_AmountDropped()
    {
        var changed = Line.WithFigures(null, 0.4m);
        Assert.Null(changed.Amount);
        Assert.Equal(0.4m, changed.Share);
    }

    [Fact]
    public void WithFigures_Neither_Throws() => Assert.Throws<ArgumentException>(() => Line.WithFigures(null, null));

    [Fact]
    public void WithAmount_CompanyWithoutAmount_Throws() => Assert.Throws<ArgumentException>(() => Company.WithAmount(null));

    [Theory]
    [InlineData(-1)]
    [InlineData(1.5)]
    public void WithShare_NotAShare_Throws(double share) => Assert.ThrowsAny<ArgumentException>(() => Line.WithShare((decimal)share));

    [Fact]
    public void WithAmount_Negative_Throws() => Assert.ThrowsAny<ArgumentException>(() => Line.WithAmount(-5m));

    [Fact]
    public void WithAmount_LineWithKindAndLastYear_KeepsThem()
    {
        var line = new TargetNode("servo", "company", TargetLevel.Line, null, null, "伺服", "Servo", 800m, null, SourceLocation.None, "B1", LineKind.Other, 700m);
        var changed = line.WithAmount(900m);
        Assert.Equal((LineKind.Other, (decimal?)700m), (changed.Kind, changed.LastYear));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Constructor_KindOrLastYearBelowTheLineLevel_Throws(bool kind, bool lastYear)
        => Assert.Throws<ArgumentException>(() => new TargetNode("nc_3c", "new_customers", TargetLevel.Industry, "3c", null, "3C", "3C", 800m, null, SourceLocation.None, string.Empty, kind ? LineKind.Other : null, lastYear ? 1m : null));

    [Fact]
    public void Constructor_NegativeLastYear_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new TargetNode("l", "company", TargetLevel.Line, null, null, "線", "Line", 1m, null, SourceLocation.None, string.Empty, LineKind.Other, -1m));
}
