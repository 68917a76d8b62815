namespace Analytics.Cli.Commands;

/// <summary>What a command writes to: injected so tests run commands in-process.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: messages and progress.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
