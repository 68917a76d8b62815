using Analytics.Common;
using Analytics.Scenarios.Json;

namespace Analytics.Tests.Scenarios.Json;

public class JsonTreeReaderTests
{
    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        var root = JsonTreeReader.Parse("// heading\n{\n  \"a\": 1, /* note */\n  \"b\": [1, 2,],\n}\n", "s.json");
        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal(["a", "b"], root.Members.Select(m => m.Key));
        Assert.Equal(2, root.Members[1].Value.Items.Count);
    }

    [Fact]
    public void Parse_Locations_LineAndCharacterColumn()
    {
        // Columns count characters, not UTF-8 bytes: "萬元" is two characters.
        var root = JsonTreeReader.Parse("{\n  \"萬元\": 12,\n    \"x\": true\n}", "s.json");
        Assert.Equal((2, 3), (root.Members[0].Line, root.Members[0].Column));
        Assert.Equal((2, 9), (root.Members[0].Value.Line, root.Members[0].Value.Column));
        Assert.Equal((3, 5), (root.Members[1].Line, root.Members[1].Column));
    }

    [Fact]
    public void Parse_MissingComma_ErrorWithLineAndColumn()
    {
        var e = Assert.Throws<InputException>(() => JsonTreeReader.Parse("{\n  \"a\": 1\n  \"b\": 2\n}", "s.json"));
        Assert.Equal(3, e.Line);
        Assert.Equal("3", e.Column);
        Assert.StartsWith("s.json:3: column 3: invalid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_ErrorAtSecondKey()
    {
        var e = Assert.Throws<InputException>(() => JsonTreeReader.Parse("{\n \"a\": 1,\n \"a\": 2\n}", "s.json"));
        Assert.Equal(3, e.Line);
        Assert.Contains("the key \"a\" appears twice in this object (first on line 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlyComments_ErrorWithLine()
        => Assert.StartsWith("s.json:2: column 1: invalid JSON", Assert.Throws<InputException>(() => JsonTreeReader.Parse("  // nothing\n", "s.json")).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_TextAfterRoot_ErrorAtIt()
        => Assert.StartsWith("s.json:1: column 4: invalid JSON", Assert.Throws<InputException>(() => JsonTreeReader.Parse("{} {}", "s.json")).Message, StringComparison.Ordinal);
}
