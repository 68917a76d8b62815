using Analytics.Report.Workbook;

namespace Analytics.Report.Tests.Workbook;

public sealed class WorkbookSheetTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a:b")]
    [InlineData("x[1]")]
    [InlineData("what?")]
    [InlineData("a sheet name that is longer than 31")]
    public void WorkbookSheet_BadName_Refused(string name)
        => Assert.Throws<ArgumentException>(() => new WorkbookSheet(name, ["a"], []));

    [Fact]
    public void WorkbookSheet_ThirtyOneCharactersAndCjk_Accepted()
    {
        Assert.Equal(31, new WorkbookSheet(new string('x', 31), ["a"], []).Name.Length);
        Assert.Equal("個人月度目標", new WorkbookSheet("個人月度目標", ["a"], []).Name);
    }

    [Fact]
    public void WorkbookSheet_RowWiderThanTheHeader_Refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new WorkbookSheet("s", ["a"], [[WorkbookCell.Of("x"), WorkbookCell.Of("y")]]));
        Assert.Contains("a row has 2 cells, the header 1 columns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookSheet_NoHeader_Refused()
        => Assert.ThrowsAny<ArgumentException>(() => new WorkbookSheet("s", [], []));

    [Fact]
    public void WorkbookCell_Kinds_KeepTheirValues()
    {
        Assert.Equal((CellKind.Text, "=1+1", 0m), (WorkbookCell.Of("=1+1").Kind, WorkbookCell.Of("=1+1").Text, WorkbookCell.Of("=1+1").Value));
        Assert.Equal((CellKind.Amount, 466.67m), (WorkbookCell.Amount(466.67m).Kind, WorkbookCell.Amount(466.67m).Value));
        Assert.Equal((CellKind.Amount, 1234.5m), (WorkbookCell.Amount(1234.5).Kind, WorkbookCell.Amount(1234.5).Value));
        Assert.Equal((CellKind.Percent, 0.623m), (WorkbookCell.Percent(0.623).Kind, WorkbookCell.Percent(0.623).Value));
        Assert.Equal((CellKind.Integer, 100_000m), (WorkbookCell.Integer(100_000).Kind, WorkbookCell.Integer(100_000).Value));
        Assert.Equal((CellKind.Number, -0.5m), (WorkbookCell.Number(-0.5).Kind, WorkbookCell.Number(-0.5).Value));
        Assert.Null(WorkbookCell.Amount(1m).Text);
        Assert.Equal("466.67", WorkbookCell.Amount(466.67m).ToString());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WorkbookCell_NotFinite_Refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkbookCell.Number(value));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkbookCell.Percent(value));
    }
}
