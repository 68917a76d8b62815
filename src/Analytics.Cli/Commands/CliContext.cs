namespace Analytics.Cli.Commands;

/// <summary>What a command writes to and where it runs: injected so tests run commands in-process.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: messages and progress.</param>
/// <param name="WorkingDirectory">The folder defaults such as data/plc-2026/scenario.json are looked up in (the process's current folder).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The clock the progress bar reads (injected: shipped code never reads the global clock).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Standard error as written to a terminal, for the progress bar; null when standard error is not a terminal (redirected), so no bar is drawn.</summary>
    public TextWriter? Terminal { get; init; }
}
