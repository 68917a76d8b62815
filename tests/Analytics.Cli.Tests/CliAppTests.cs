namespace Analytics.Cli.Tests;

public class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_ExitTwoAndListsCommands()
    {
        var (code, _, err) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command \"frobnicate\"", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ExitZero()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("Commands:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoArguments_ExitTwoWithHelp()
        => Assert.Equal(2, CliRunner.Run().Code);

    [Fact]
    public void Run_UnknownOption_ExitTwoWithUsage()
    {
        var err = CliRunner.AssertBadInput(CliRunner.Run("audit", "--frobnicate"));
        Assert.Contains("'audit' has no option --frobnicate", err, StringComparison.Ordinal);
        Assert.Contains("usage: analytics audit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadFormat_ExitTwo()
        => Assert.Contains("--format must be one of text, json", CliRunner.AssertBadInput(CliRunner.Run("audit", "--format", "xml")), StringComparison.Ordinal);

    [Fact]
    public void Run_CommandHelp_ExitZeroAndListsOptions()
    {
        var (code, output, _) = CliRunner.Run("audit", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--format text|json", output, StringComparison.Ordinal);
    }
}
