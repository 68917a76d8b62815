using Analytics.Cli.Parsing;

namespace Analytics.Cli.Commands;

/// <summary>One sub-command of <c>analytics</c>. Commands are thin: parse, call the library, print.</summary>
internal interface ICommand
{
    /// <summary>The word after <c>analytics</c>.</summary>
    string Name { get; }

    /// <summary>The usage line, e.g. "audit [PLAN_DIR] [--format text|json]".</summary>
    string Usage { get; }

    /// <summary>One sentence on what the command does.</summary>
    string Summary { get; }

    /// <summary>The options the command accepts (without --help).</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>How many positional arguments the command takes at most.</summary>
    int MaxPositionals { get; }

    /// <summary>Runs the command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    int Execute(ParsedArguments args, CliContext context);
}
