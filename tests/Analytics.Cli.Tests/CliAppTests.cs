using Analytics.TestSupport;

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

    /// <summary>A command that throws what it is given, to reach CliApp's handlers.</summary>
    private sealed class Throwing(Exception e) : Analytics.Cli.Commands.ICommand
    {
        public string Name => "boom";

        public string Usage => "boom";

        public string Summary => "throws";

        public IReadOnlyList<Analytics.Cli.Parsing.OptionSpec> Options => [];

        public int MaxPositionals => 0;

        public int Execute(Analytics.Cli.Parsing.ParsedArguments args, Analytics.Cli.Commands.CliContext context) => throw e;
    }

    [Fact]
    public void Run_ArgumentNullException_InternalErrorExitThreeWithoutStackTraceOrParameterSuffix()
    {
        var (code, _, err) = CliRunner.RunIn(RepoPaths.Root, [new Throwing(new ArgumentNullException("plan"))], "boom");
        Assert.Equal(3, code);
        Assert.StartsWith("analytics boom: internal error (ArgumentNullException): Value cannot be null. This is a defect of the toolkit", err, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidOperationException_InternalErrorExitThree()
    {
        var (code, _, err) = CliRunner.RunIn(RepoPaths.Root, [new Throwing(new InvalidOperationException("state went wrong."))], "boom");
        Assert.Equal(3, code);
        Assert.Contains("internal error (InvalidOperationException): state went wrong. This is a defect", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ArgumentException_BadInputWithoutTheParameterSuffix()
    {
        var err = CliRunner.AssertBadInput(CliRunner.RunIn(RepoPaths.Root, [new Throwing(new ArgumentException("trials must be at least 1.", "trials"))], "boom"));
        Assert.Equal("analytics boom: trials must be at least 1." + Environment.NewLine, err);
    }

    [Theory]
    [InlineData("a is wrong. (Parameter 'a')", "a is wrong.")]
    [InlineData("no suffix here", "no suffix here")]
    public void Message_StripsOnlyTheRuntimesParameterSuffix(string message, string expected)
        => Assert.Equal(expected, CliApp.Message(new ArgumentException(message.Replace(" (Parameter 'a')", string.Empty, StringComparison.Ordinal), message.Contains("(Parameter", StringComparison.Ordinal) ? "a" : null)));
}
