using Analytics.Cli.Output;

namespace Analytics.Cli.Tests.Output;

public class TerminalTextTests
{
    [Fact]
    public void Escape_ControlCharacters_WrittenAsUnicodeEscapes()
    {
        Assert.Equal("a\\u001B]0;x\\u0007b", TerminalText.Escape("a\u001b]0;x\u0007b"));
        Assert.Equal("over\\u000Dwrite", TerminalText.Escape("over\rwrite"));
        Assert.Equal("\\u009B2J \\u202Eevil", TerminalText.Escape("\u009b2J \u202eevil"));
    }

    [Fact]
    public void Escape_TabsLineFeedsAndChinese_Untouched()
    {
        const string text = "達標機率\tP(≥ 5,000 萬元)\n";
        Assert.Same(text, TerminalText.Escape(text));
    }

    [Fact]
    public void Writer_EveryWritePath_Escaped()
    {
        using var inner = new StringWriter();
        var writer = TerminalText.Writer(inner);
        writer.Write('\u001b');
        writer.Write("[1m");
        writer.Write(['\u0007', 'x'], 0, 2);
        writer.WriteLine("\u001b");
        Assert.Equal("\\u001B[1m\\u0007x\\u001B" + Environment.NewLine, inner.ToString());
    }

    [Fact]
    public void CliApp_UnknownCommandWithAnEscape_PrintedEscaped()
    {
        var (_, _, err) = CliRunner.Run("\u001b[2Jx");
        Assert.Contains("unknown command \"\\u001B[2Jx\"", err, StringComparison.Ordinal);
    }
}
