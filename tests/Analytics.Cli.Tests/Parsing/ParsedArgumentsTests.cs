using Analytics.Cli.Parsing;

namespace Analytics.Cli.Tests.Parsing;

public class ParsedArgumentsTests
{
    private static readonly OptionSpec[] Specs = [new("--out", "FILE", "the file"), new("--force", null, "replace"), new("--min", "X", "low")];

    [Fact]
    public void Parse_OptionFollowedByAnotherOption_RefusedNamingBoth()
    {
        var e = Assert.Throws<UsageException>(() => ParsedArguments.Parse(["--out", "--force"], Specs, 1, "x"));
        Assert.Equal("the option --out needs a value (FILE), but it is followed by the option --force; give --out FILE first.", e.Message);
        Assert.Contains("--min", Assert.Throws<UsageException>(() => ParsedArguments.Parse(["--out", "--min=3"], Specs, 1, "x")).Message, StringComparison.Ordinal);
        Assert.Contains("--help", Assert.Throws<UsageException>(() => ParsedArguments.Parse(["--out", "--help"], Specs, 1, "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeNumberOrUnknownDashedWord_TakenAsTheValue()
    {
        Assert.Equal("-1e308", ParsedArguments.Parse(["--min", "-1e308"], Specs, 1, "x").Text("--min"));
        Assert.Equal("--not-an-option", ParsedArguments.Parse(["--out", "--not-an-option"], Specs, 1, "x").Text("--out"));
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out=", null)]
    [InlineData("--out", "  ")]
    public void Parse_EmptyValue_RefusedNamingTheOption(string first, string? second)
    {
        string[] args = second is null ? [first] : [first, second];
        Assert.Equal("the option --out needs a value (FILE); was empty.", Assert.Throws<UsageException>(() => ParsedArguments.Parse(args, Specs, 1, "x")).Message);
    }
}
