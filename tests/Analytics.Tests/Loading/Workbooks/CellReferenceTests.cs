using Analytics.Loading.Workbooks;

namespace Analytics.Tests.Loading.Workbooks;

public sealed class CellReferenceTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")]
    public void Column_Index_ExcelLetters(int index, string expected) => Assert.Equal(expected, CellReference.Column(index));

    [Fact]
    public void Column_BeyondXfd_Throws() => Assert.ThrowsAny<ArgumentException>(() => CellReference.Column(16_384));

    [Theory]
    [InlineData("C14", 2, 14)]
    [InlineData("AA1", 26, 1)]
    [InlineData("XFD1048576", 16_383, 1_048_576)]
    public void TryParse_References_ColumnAndRow(string reference, int column, int row)
    {
        Assert.True(CellReference.TryParse(reference, out var c, out var r));
        Assert.Equal((column, row), (c, r));
        Assert.Equal(reference, CellReference.Name(c, r));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c14")]
    [InlineData("$C$14")]
    [InlineData("C")]
    [InlineData("14")]
    [InlineData("C0")]
    [InlineData("XFE1")]
    [InlineData("C14:D15")]
    public void TryParse_NotACell_False(string? reference) => Assert.False(CellReference.TryParse(reference, out _, out _));
}
