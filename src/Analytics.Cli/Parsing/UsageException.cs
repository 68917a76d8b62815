namespace Analytics.Cli.Parsing;

/// <summary>The command line itself is wrong (unknown command or option, bad option value): exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
