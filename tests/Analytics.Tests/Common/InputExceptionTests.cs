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
}
