using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class AdoptionSeriesCsvTests
{
    [Fact]
    public void Read_YearLabels_SeriesFromTheLaunchAndLabelsKept()
    {
        var series = AdoptionSeriesCsv.Read(CsvTable.Parse("period,adopters\n2021,3\n2022,5\n2023,9\n2024,7\n", "a.csv", AdoptionSeriesCsv.Schema));
        Assert.Equal([3.0, 5, 9, 7], series.Adopters);
        Assert.Equal(2021, series.Labels.First);
        Assert.Equal(new SourceLocation("a.csv", 2), series.Labels.Origin);
        Assert.Equal(new SourceLocation("a.csv", 5), series.Labels.End);
    }

    [Fact]
    public void Read_TooFewRows_FileLevelError()
    {
        var e = Assert.Throws<InputException>(() => AdoptionSeriesCsv.Read(CsvTable.Parse("period,adopters\n1,3\n2,5\n", "a.csv", AdoptionSeriesCsv.Schema)));
        Assert.Equal(0, e.Line);
        Assert.Contains("too few to fit p, q and m", e.Message, StringComparison.Ordinal);
    }
}
