using Analytics.Charts.Inputs;
using Analytics.Charts.Tests.TestSupport;

namespace Analytics.Charts.Tests;

public class SalesChartsYearSoFarTests
{
    private static readonly double[] Target = [.. Enumerable.Range(1, 12).Select(m => m * 100.0)];

    // Booked 90 and 170 in January and February; the band from February (its booked figure) on.
    private static readonly YearSoFar Year = new(2, [90, 170], [90, 170, .. Target[2..].Select(v => v - 50)], [90, 170, .. Target[2..].Select(v => v - 20)], [90, 170, .. Target[2..].Select(v => v + 10)], Target);

    [Fact]
    public void YearSoFar_BandFromTheLastMonthObservedBookedMonthsAndTheTarget()
    {
        var f = Figure.Of(SalesCharts.YearSoFar(Year));
        Assert.Equal(5, f.Traces.Count);

        // P10 then P90 filled to it, then the median: eleven months, February to December, starting at the booked 170.
        Assert.Equal(11, Figure.Numbers(f.Trace(0).GetProperty("y")).Length);
        Assert.Equal([170.0, 250], Figure.Numbers(f.Trace(0).GetProperty("y"))[..2]);
        Assert.Equal("tonexty", f.Trace(1).GetProperty("fill").GetString());
        Assert.Equal(1210, Figure.Numbers(f.Trace(1).GetProperty("y"))[^1]);
        Assert.Equal(1180, Figure.Numbers(f.Trace(2).GetProperty("y"))[^1]);
        Assert.Equal("2月", Figure.Strings(f.Trace(2).GetProperty("x"))[0]);

        // The target over the twelve months, dashed; the booked months with markers.
        Assert.Equal(Target, Figure.Numbers(f.Trace(3).GetProperty("y")));
        Assert.Equal("dash", f.Trace(3).GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal([90.0, 170], Figure.Numbers(f.Trace(4).GetProperty("y")));
        Assert.Equal(["1月", "2月"], Figure.Strings(f.Trace(4).GetProperty("x")));
        Assert.Equal("實際累計", f.Trace(4).GetProperty("name").GetString());
    }

    [Fact]
    public void YearSoFar_English_NamesAndNothingObservedYet()
    {
        var nothing = new YearSoFar(0, [], Target, Target, Target, Target);
        var f = Figure.Of(SalesCharts.YearSoFar(nothing, ChartOptions.English));
        Assert.StartsWith("The year so far", f.Title, StringComparison.Ordinal);
        Assert.Equal(12, Figure.Strings(f.Trace(2).GetProperty("x")).Length);
        Assert.Empty(Figure.Numbers(f.Trace(4).GetProperty("y")));
        Assert.Equal("Booked so far", f.Trace(4).GetProperty("name").GetString());
    }

    [Fact]
    public void YearSoFar_BookedNotOneAMonthObserved_Throws()
        => Assert.Throws<ArgumentException>(() => new YearSoFar(3, [1, 2], Target, Target, Target, Target));
}
