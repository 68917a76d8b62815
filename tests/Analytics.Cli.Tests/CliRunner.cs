namespace Analytics.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="commands"/> (default: the real ones) and defaults looked up in <paramref name="workingDirectory"/>.</summary>
    public static (int Code, string Out, string Err) RunIn(string workingDirectory, IReadOnlyList<Analytics.Cli.Commands.ICommand>? commands, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, commands ?? CliApp.Commands, workingDirectory);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Asserts a bad-input run: exit 2, a message on stderr, nothing that looks like a stack trace.</summary>
    public static string AssertBadInput((int Code, string Out, string Err) result)
    {
        Assert.Equal(2, result.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Err));
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        return result.Err;
    }
}
