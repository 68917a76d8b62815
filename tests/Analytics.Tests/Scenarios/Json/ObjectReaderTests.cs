using Analytics.Common;
using Analytics.Scenarios.Json;

namespace Analytics.Tests.Scenarios.Json;

public class ObjectReaderTests
{
    private static ObjectReader Reader(string json, string what = "the stream \"repurchase\"")
        => new(JsonTreeReader.Parse(json, "s.json"), "s.json", what);

    [Fact]
    public void Constructor_NotAnObject_RejectedSayingWhatItIs()
    {
        var e = Assert.Throws<InputException>(() => Reader("[1, 2]"));
        Assert.Equal("the stream \"repurchase\" must be an object { ... }; found a list", e.Problem);
        Assert.Equal((1, "1"), (e.Line, e.Column));
    }

    [Fact]
    public void Number_Present_TheValue()
        => Assert.Equal(0.35, Reader("{ \"winRate\": 0.35 }").Number("winRate", "a share"));

    [Fact]
    public void Number_Exponent_Parsed()
        => Assert.Equal(1200, Reader("{ \"a\": 1.2e3 }").Number("a", "a number"));

    [Fact]
    public void Number_Missing_RejectedAtTheObjectWithWhatIsExpected()
    {
        var e = Assert.Throws<InputException>(() => Reader("{\n \"b\": 1\n}").Number("a", "a number of 萬元"));
        Assert.Equal(1, e.Line);
        Assert.Equal("the stream \"repurchase\" lacks \"a\"", e.Problem);
        Assert.Equal("\"a\": a number of 萬元", e.Expected);
    }

    [Fact]
    public void Number_Text_RejectedAtTheValue()
    {
        var e = Assert.Throws<InputException>(() => Reader("{\n  \"a\": \"12\"\n}").Number("a", "a number"));
        Assert.Equal((2, "8"), (e.Line, e.Column));
        Assert.Equal("\"a\" must be a number; found the text \"12\"", e.Problem);
    }

    [Fact]
    public void Number_BeyondDouble_RejectedAsNotFinite()
        => Assert.Equal("\"a\" is 1e999, too large to be a finite number", Assert.Throws<InputException>(() => Reader("{ \"a\": 1e999 }").Number("a", "x")).Problem);

    [Fact]
    public void OptionalNumber_Absent_Null() => Assert.Null(Reader("{}").OptionalNumber("a", "x"));

    [Fact]
    public void OptionalNumber_Present_TheValue() => Assert.Equal(-2.5, Reader("{ \"a\": -2.5 }").OptionalNumber("a", "x"));

    [Theory]
    [InlineData("12", 12)]
    [InlineData("-3", -3)]
    [InlineData("4.0", 4)]
    [InlineData("2147483647", int.MaxValue)]
    public void Integer_WholeNumber_TheValue(string literal, int expected)
        => Assert.Equal(expected, Reader("{ \"n\": " + literal + " }").Integer("n", "a count"));

    [Theory]
    [InlineData("2.5")]
    [InlineData("2147483648")]
    [InlineData("-1e12")]
    public void Integer_NotAWholeIntNumber_Rejected(string literal)
        => Assert.Equal($"\"n\" must be a whole number; found {literal}", Assert.Throws<InputException>(() => Reader("{ \"n\": " + literal + " }").Integer("n", "a count")).Problem);

    [Fact]
    public void Text_NonEmpty_TheText() => Assert.Equal("log", Reader("{ \"scale\": \"log\" }").Text("scale", "x"));

    [Theory]
    [InlineData("\"\"", "found the text \"\"")]
    [InlineData("3", "found the number 3")]
    [InlineData("null", "found null")]
    public void Text_EmptyOrNotText_Rejected(string value, string found)
    {
        var e = Assert.Throws<InputException>(() => Reader("{ \"name\": " + value + " }").Text("name", "a name"));
        Assert.Equal("\"name\" must be a non-empty text; " + found, e.Problem);
    }

    [Fact]
    public void OptionalText_Absent_Null() => Assert.Null(Reader("{}").OptionalText("name", "x"));

    [Fact]
    public void HasAndOptional_PresentAndAbsent()
    {
        var o = Reader("{ \"a\": true }");
        Assert.True(o.Has("a"));
        Assert.False(o.Has("b"));
        Assert.Equal(JsonKind.Boolean, o.Optional("a")!.Kind);
        Assert.Null(o.Optional("b"));
    }

    [Fact]
    public void Finish_EveryKeyAskedFor_Passes()
    {
        var o = Reader("{ \"a\": 1, \"b\": 2 }");
        o.Number("a", "x");
        Assert.False(o.Has("c"));
        o.Optional("b");
        o.Finish();
    }

    [Fact]
    public void Finish_KeyNobodyAskedFor_RejectedAtTheKeyWithAHint()
    {
        var o = Reader("{\n  \"mean\": 1,\n  \"cvv\": 0.4\n}", "the distribution of \"x\"");
        o.Number("mean", "x");
        o.Optional("cv");
        var e = Assert.Throws<InputException>(o.Finish);
        Assert.Equal((3, "3"), (e.Line, e.Column));
        Assert.Equal("unknown key \"cvv\" in the distribution of \"x\" (did you mean \"cv\"?)", e.Problem);
        Assert.Equal("one of: \"cv\", \"mean\"", e.Expected);
    }

    [Fact]
    public void Finish_AllowedKeys_Pass()
    {
        var o = Reader("{ \"min\": 1, \"max\": 2 }");
        o.Allow(["min", "max"]);
        o.Finish();
    }

    [Fact]
    public void Finish_NothingClose_NoHint()
    {
        var o = Reader("{ \"zzzzzz\": 1 }");
        o.Allow(["mean"]);
        Assert.Equal("unknown key \"zzzzzz\" in the stream \"repurchase\"", Assert.Throws<InputException>(o.Finish).Problem);
    }

    [Theory]
    [InlineData("winrate", "winRate")] // case alone: distance 0
    [InlineData("wnRate", "winRate")] // one letter left out
    [InlineData("winRtae", "winRate")] // a swap is two edits
    [InlineData("mena", "mean")]
    public void Suggest_WithinTwoEdits_TheCandidate(string text, string expected)
        => Assert.Equal(expected, ObjectReader.Suggest(text, ["mean", "winRate", "cv"]));

    [Fact]
    public void Suggest_ThreeEditsAway_Null() => Assert.Null(ObjectReader.Suggest("abcdef", ["abcxyz"]));

    [Fact]
    public void Suggest_Tie_OrdinalFirst() => Assert.Equal("ab", ObjectReader.Suggest("a", ["b", "ab", "ac"]));

    [Fact]
    public void Suggest_NoCandidates_Null() => Assert.Null(ObjectReader.Suggest("mean", []));

    [Fact]
    public void Members_InFileOrder()
        => Assert.Equal(["z", "a", "m"], Reader("{ \"z\": 1, \"a\": 2, \"m\": 3 }").Members.Select(m => m.Key));
}
