namespace Analytics.Cli.Parsing;

/// <summary>The command line itself is wrong (unknown command or option, bad option value): exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    /// <summary>
    /// The library's rejection of an option's value as a usage error about the option: the
    /// library's message starts with its parameter's name ("step must divide 1 ..."), which
    /// becomes the option's ("--step must divide 1 ..."); any other message follows "OPTION: ".
    /// </summary>
    public static UsageException ForOption(string option, ArgumentException rejection)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(rejection);
        var message = CliApp.Message(rejection);
        return rejection.ParamName is { Length: > 0 } parameter && message.StartsWith(parameter + " ", StringComparison.Ordinal)
            ? new UsageException(option + message[parameter.Length..])
            : new UsageException(option + ": " + message);
    }
}
