using Analytics.Cli.Parsing;

namespace Analytics.Cli.Tests.Parsing;

public class ParsedArgumentsTests
{
    private static readonly OptionSpec[] Specs =
    [
        new("--trials", "N", "trials"),
        new("--seed", "S", "seed"),
        new("--threshold", "X", "threshold"),
        new("--force", null, "overwrite"),
        OptionSpec.Format,
    ];

    private static ParsedArguments Parse(params string[] args) => ParsedArguments.Parse(args, Specs, 2, "simulate");

    private static string Rejected(Func<object?> read) => Assert.Throws<UsageException>(read).Message;

    [Fact]
    public void Parse_PositionalsAndOptionsInAnyOrder_Separated()
    {
        var args = Parse("a.json", "--trials", "500", "b.json", "--force");
        Assert.Equal(["a.json", "b.json"], args.Positionals);
        Assert.Equal("500", args.Text("--trials"));
        Assert.True(args.Has("--force"));
        Assert.Null(args.Text("--force"));
        Assert.False(args.Has("--seed"));
    }

    [Fact]
    public void Parse_NameEqualsValue_SameAsTwoWords() => Assert.Equal("7", Parse("--seed=7").Text("--seed"));

    // A known option is never taken as another's value, and an empty value is refused (issue 12):
    // Parse_OptionFollowedByAnotherOption_RefusedNamingBoth and Parse_EmptyValue_RefusedNamingTheOption below.
    [Fact]
    public void Parse_ValueStartingWithDashesThatIsNoOption_TakenAsTheValue() => Assert.Equal("--0.8", Parse("--threshold", "--0.8").Text("--threshold"));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_Requested(string help)
    {
        var args = Parse("a.json", help);
        Assert.True(args.HelpRequested);
        Assert.Equal(["a.json"], args.Positionals);
    }

    [Fact]
    public void Parse_NoArguments_Empty()
    {
        var args = Parse();
        Assert.Empty(args.Positionals);
        Assert.False(args.HelpRequested);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("-x")]
    public void Parse_DashesAlone_Positional(string arg) => Assert.Equal([arg], Parse(arg).Positionals);

    [Fact]
    public void Parse_UnknownOption_RejectedListingTheOptions()
        => Assert.Equal("'simulate' has no option --trails; its options are: --trials, --seed, --threshold, --force, --format.", Rejected(() => Parse("--trails", "5")));

    [Fact]
    public void Parse_UnknownOptionOfCommandWithoutOptions_SaysNone()
        => Assert.Equal("'audit' has no option --x; its options are: (none).", Rejected(() => ParsedArguments.Parse(["--x"], [], 1, "audit")));

    [Fact]
    public void Parse_OptionTwice_Rejected() => Assert.Equal("the option --seed is given twice.", Rejected(() => Parse("--seed", "1", "--seed=2")));

    [Fact]
    public void Parse_FlagWithValue_Rejected() => Assert.Equal("the option --force takes no value.", Rejected(() => Parse("--force=yes")));

    [Fact]
    public void Parse_ValueMissingAtTheEnd_RejectedNamingIt() => Assert.Equal("the option --trials needs a value (N).", Rejected(() => Parse("--trials")));

    [Fact]
    public void Parse_TooManyPositionals_RejectedNamingTheFirstExtra()
        => Assert.Equal("'simulate' takes at most 2 argument(s) besides options; got unexpected \"c\".", Rejected(() => Parse("a", "b", "c", "d")));

    [Fact]
    public void Positional_Absent_Fallback()
    {
        var args = Parse("a.json");
        Assert.Equal("a.json", args.Positional(0, "x"));
        Assert.Equal("data/plc-2026", args.Positional(1, "data/plc-2026"));
    }

    [Fact]
    public void RequiredPositional_Absent_RejectedSayingWhat()
        => Assert.Equal("missing the scenario file.", Rejected(() => Parse().RequiredPositional(0, "the scenario file")));

    [Theory]
    [InlineData("text", false)]
    [InlineData("json", true)]
    public void Json_FormatGiven_Chosen(string format, bool json) => Assert.Equal(json, Parse("--format", format).Json);

    [Fact]
    public void Json_NotGiven_Text() => Assert.False(Parse().Json);

    [Fact]
    public void Choice_NotAllowed_RejectedListingTheChoices()
        => Assert.Equal("--format must be one of text, json; was \"xml\".", Rejected(() => Parse("--format", "xml").Json));

    [Theory]
    [InlineData("500", 500)]
    [InlineData("100_000", 100_000)] // underscores group digits
    [InlineData("+7", 7)]
    [InlineData("1000000000000", 1_000_000_000_000)]
    public void Long_WholeNumber_Parsed(string text, long expected) => Assert.Equal(expected, Parse("--trials", text).Long("--trials", 1, 0, long.MaxValue));

    [Fact]
    public void Long_Absent_Fallback() => Assert.Equal(42, Parse().Long("--trials", 42, 0, 100));

    [Theory]
    [InlineData("1.5", "--trials must be a whole number in [1, 100]; was \"1.5\".")]
    [InlineData("many", "--trials must be a whole number in [1, 100]; was \"many\".")]
    [InlineData("1e3", "--trials must be a whole number in [1, 100]; was \"1e3\".")]
    [InlineData("0", "--trials must be a whole number in [1, 100]; was 0.")]
    [InlineData("101", "--trials must be a whole number in [1, 100]; was 101.")]
    [InlineData("-5", "--trials must be a whole number in [1, 100]; was -5.")]
    [InlineData("99999999999999999999", "--trials must be a whole number in [1, 100]; was \"99999999999999999999\".")]
    public void Int_BadOrOutOfRange_RejectedWithTheRange(string text, string message)
        => Assert.Equal(message, Rejected(() => Parse("--trials=" + text).Int("--trials", 10, 1, 100)));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("100", 100)]
    public void Int_AtTheEnds_Accepted(string text, int expected) => Assert.Equal(expected, Parse("--trials", text).Int("--trials", 10, 1, 100));

    [Theory]
    [InlineData("0.8", 0.8)]
    [InlineData("1", 1)]
    [InlineData("8e-1", 0.8)]
    [InlineData("0.001", 0.001)]
    public void Double_Number_Parsed(string text, double expected) => Assert.Equal(expected, Parse("--threshold", text).Double("--threshold", 0.5, 0.001, 1));

    [Fact]
    public void Double_Absent_Fallback() => Assert.Equal(0.5, Parse().Double("--threshold", 0.5, 0.001, 1));

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("0")]
    [InlineData("1.01")]
    [InlineData("-0.5")]
    [InlineData("80%")]
    [InlineData("0,8")]
    public void Double_BadOrOutOfRange_RejectedWithTheRange(string text)
        => Assert.Equal($"--threshold must be a number in [0.001, 1]; was \"{text}\".", Rejected(() => Parse("--threshold", text).Double("--threshold", 0.5, 0.001, 1)));

    private static readonly OptionSpec[] ValueSpecs = [new("--out", "FILE", "the file"), new("--force", null, "replace"), new("--min", "X", "low")];

    [Fact]
    public void Parse_OptionFollowedByAnotherOption_RefusedNamingBoth()
    {
        var e = Assert.Throws<UsageException>(() => ParsedArguments.Parse(["--out", "--force"], ValueSpecs, 1, "x"));
        Assert.Equal("the option --out needs a value (FILE), but it is followed by the option --force; give --out FILE first.", e.Message);
        Assert.Contains("--min", Assert.Throws<UsageException>(() => ParsedArguments.Parse(["--out", "--min=3"], ValueSpecs, 1, "x")).Message, StringComparison.Ordinal);
        Assert.Contains("--help", Assert.Throws<UsageException>(() => ParsedArguments.Parse(["--out", "--help"], ValueSpecs, 1, "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NegativeNumberOrUnknownDashedWord_TakenAsTheValue()
    {
        Assert.Equal("-1e308", ParsedArguments.Parse(["--min", "-1e308"], ValueSpecs, 1, "x").Text("--min"));
        Assert.Equal("--not-an-option", ParsedArguments.Parse(["--out", "--not-an-option"], ValueSpecs, 1, "x").Text("--out"));
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out=", null)]
    [InlineData("--out", "  ")]
    public void Parse_EmptyValue_RefusedNamingTheOption(string first, string? second)
    {
        string[] args = second is null ? [first] : [first, second];
        Assert.Equal("the option --out needs a value (FILE); was empty.", Assert.Throws<UsageException>(() => ParsedArguments.Parse(args, ValueSpecs, 1, "x")).Message);
    }
}
