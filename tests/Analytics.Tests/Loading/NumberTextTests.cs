using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class NumberTextTests
{
    [Theory]
    [InlineData("1234.5", 1234.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("0", 0)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5E-2", 0.025)]
    [InlineData("+7", 7)]
    public void TryParseDecimal_PlainNumber_Parsed(string text, double expected)
    {
        Assert.True(NumberText.TryParseDecimal(text, out var value, out var problem));
        Assert.Equal((decimal)expected, value);
        Assert.Null(problem);
    }

    [Fact]
    public void TryParseDecimal_ManyDigits_KeptExactly()
    {
        Assert.True(NumberText.TryParseDecimal("1800.0000000001", out var value, out _));
        Assert.Equal(1800.0000000001m, value);
    }

    [Theory]
    [InlineData("", "the value is empty")]
    [InlineData("=SUM(A1:A3)", "looks like a spreadsheet formula")]
    [InlineData("@A1", "looks like a spreadsheet formula")]
    [InlineData("+A1", "looks like a spreadsheet formula")]
    [InlineData("１２３", "full-width characters")]
    [InlineData("12．5", "full-width characters")]
    [InlineData("1,234.5", "thousands separator")]
    [InlineData("1 234", "thousands separator")]
    [InlineData("1\u00A0234", "thousands separator")]
    [InlineData("1'234", "thousands separator")]
    [InlineData("28%", "write shares as fractions (0.28 for 28%)")]
    [InlineData("NaN", "is not a finite number")]
    [InlineData("-Infinity", "is not a finite number")]
    [InlineData("∞", "is not a finite number")]
    [InlineData("abc", "is not a number")]
    [InlineData("1.2.3", "is not a number")]
    [InlineData("99999999999999999999999999999999", "is too large")]
    public void TryParseDecimal_Rejected_ProblemSaysWhy(string text, string reason)
    {
        Assert.False(NumberText.TryParseDecimal(text, out var value, out var problem));
        Assert.Equal(0m, value);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.28", 0.28)]
    [InlineData("-3.5e2", -350)]
    [InlineData("1.7976931348623157E308", double.MaxValue)]
    public void TryParseDouble_PlainNumber_Parsed(string text, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, out var value, out var problem));
        Assert.Equal(expected, value);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("1e400", "too large to be a finite number")]
    [InlineData("-1e400", "too large to be a finite number")]
    [InlineData("nan", "is not a finite number")]
    [InlineData("inf", "is not a finite number")]
    [InlineData("0x1F", "is not a number")]
    [InlineData("", "the value is empty")]
    [InlineData("5%", "percent sign")]
    public void TryParseDouble_Rejected_ProblemSaysWhy(string text, string reason)
    {
        Assert.False(NumberText.TryParseDouble(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void TryParseInt_WholeNumber_Parsed(string text, int expected)
    {
        Assert.True(NumberText.TryParseInt(text, out var value, out var problem));
        Assert.Equal(expected, value);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("2147483648", "is too large for a whole number")]
    [InlineData("99999999999", "is too large for a whole number")]
    [InlineData("1.5", "is not a whole number")]
    [InlineData("1e3", "is not a whole number")]
    [InlineData("3.0", "is not a whole number")]
    [InlineData("twelve", "is not a whole number")]
    [InlineData("1,000", "thousands separator")]
    [InlineData("", "the value is empty")]
    public void TryParseInt_Rejected_ProblemSaysWhy(string text, string reason)
    {
        Assert.False(NumberText.TryParseInt(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParseInt_Rejected_ProblemQuotesTheText()
    {
        Assert.False(NumberText.TryParseInt("1.5", out _, out var problem));
        Assert.Equal("\"1.5\" is not a whole number", problem);
    }
}
