using Analytics.Common;

namespace Analytics.Tests.Common;

public class InputExceptionTests
{
    [Fact]
    public void Message_LineColumnAndExpected_AllNamedInOrder()
    {
        var e = new InputException("data/plc-2026/phasing.csv", 5, "monthly_amount (3)", "\"abc\" is not a number", "a number of 萬元");
        Assert.Equal("data/plc-2026/phasing.csv:5: column monthly_amount (3): \"abc\" is not a number; expected a number of 萬元.", e.Message);
    }

    [Fact]
    public void Message_WholeFile_NoLineNumber()
    {
        var e = new InputException("a.csv", 0, null, "the file is empty");
        Assert.Equal("a.csv: the file is empty.", e.Message);
    }

    [Fact]
    public void Message_NegativeLine_TreatedAsWholeFile()
        => Assert.Equal("a.csv: bad.", new InputException("a.csv", -1, null, "bad").Message);

    [Fact]
    public void Message_EndsWithFullStop_NotDoubled()
        => Assert.Equal("a.csv:2: no rows.", new InputException("a.csv", 2, null, "no rows.").Message);

    [Fact]
    public void Message_ExpectedEndsWithFullStop_NotDoubled()
        => Assert.Equal("a.csv:2: bad; expected 1 to 3.", new InputException("a.csv", 2, null, "bad", "1 to 3.").Message);

    [Fact]
    public void Properties_AsGiven()
    {
        var e = new InputException("s.json", 12, "winRate", "1.5 is above 1", "a share in [0, 1]");
        Assert.Equal(("s.json", 12, "winRate", "1.5 is above 1", "a share in [0, 1]"), (e.File, e.Line, e.Column, e.Problem, e.Expected));
    }

    [Fact]
    public void Properties_NoColumnNoExpected_Null()
    {
        var e = new InputException("s.json", 3, null, "bad");
        Assert.Null(e.Column);
        Assert.Null(e.Expected);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void InSheet_ACell_NamedAsExcelNamesIt()
    {
        var e = InputException.InSheet("plans/acme.xlsx", "targets", 14, "C14", "level", "\"x\" is not one of the allowed values", "one of company, line");
        Assert.Equal("plans/acme.xlsx: targets!C14 (level): \"x\" is not one of the allowed values; expected one of company, line.", e.Message);
        Assert.Equal(("plans/acme.xlsx", "targets", 14, "C14", "level"), (e.File, e.Sheet, e.Line, e.Cell, e.Column));
    }

    [Fact]
    public void InSheet_ARowOrTheWholeSheet_RowNumberOrSheetName()
    {
        Assert.Equal("a.xlsx: targets!14: the row is empty.", InputException.InSheet("a.xlsx", "targets", 14, null, null, "the row is empty").Message);
        Assert.Equal("a.xlsx: sheet targets: the sheet is empty; expected a header.", InputException.InSheet("a.xlsx", "targets", 0, null, null, "the sheet is empty", "a header").Message);
    }

    [Fact]
    public void AtLocation_AFileLineOrASheetRow_EachInItsOwnForm()
    {
        Assert.Equal("phasing.csv:5: column share: bad.", new InputException(new SourceLocation("phasing.csv", 5), "share", "bad").Message);
        Assert.Equal("a.xlsx: phasing!5 (share): bad.", new InputException(new SourceLocation("a.xlsx", 5) { Sheet = "phasing" }, "share", "bad").Message);
    }
}
