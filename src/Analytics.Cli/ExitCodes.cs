namespace Analytics.Cli;

/// <summary>The command line's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for audit: no error finding.</summary>
    public const int Ok = 0;

    /// <summary>Done, and the result is a failure the user asked about (e.g. the audit found errors).</summary>
    public const int Findings = 1;

    /// <summary>The input or the command line cannot be used (message on stderr).</summary>
    public const int BadInput = 2;

    /// <summary>A defect of the toolkit itself (message on stderr, no stack trace).</summary>
    public const int InternalError = 3;
}
