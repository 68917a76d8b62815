namespace Analytics.Cli.Tests;

public class CliAppTests
{
    [Fact]
    public void Run_UnknownCommand_ExitTwoAndListsCommands()
    {
        var (code, _, err) = Cli.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("unknown command \"frobnicate\"", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ExitZero()
    {
        var (code, output, _) = Cli.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("Commands:", output, StringComparison.Ordinal);
    }
}
