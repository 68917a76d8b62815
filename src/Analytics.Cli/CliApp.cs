using System.Globalization;
using Analytics.Cli.Commands;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;

namespace Analytics.Cli;

/// <summary>
/// The command line's entry point: picks the command, runs it, and turns every failure into a
/// one-paragraph message and an exit code. No stack trace ever reaches the user.
/// </summary>
internal static class CliApp
{
    /// <summary>The plan folder used when none is given.</summary>
    public const string DefaultPlanDirectory = "data/plc-2026";

    /// <summary>Every command, in the order help lists them.</summary>
    public static IReadOnlyList<ICommand> Commands { get; } =
    [
        new InitCommand(),
        new AuditCommand(),
        new PlanCommand(),
        new GenerateCommand(),
        new GrowthCommand(),
        new FitCommand(),
        new ReportCommand(),
        new ScenarioCommand(),
        new ExportCommand(),
        new SimulateCommand(),
        new SplitsCommand(),
        new SensitivityCommand(),
        new TriggerCommand(),
        new TrackCommand(),
        new GoalSeekCommand(),
        new BudgetCommand(),
    ];

    /// <summary>Runs <c>analytics</c> with <paramref name="args"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        => Run(args, new CliContext(stdout, stderr, Directory.GetCurrentDirectory()), Commands);

    /// <summary>Runs <c>analytics</c> with <paramref name="args"/> over <paramref name="commands"/>, defaults looked up in <paramref name="workingDirectory"/>.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyList<ICommand> commands, string workingDirectory)
        => Run(args, new CliContext(stdout, stderr, workingDirectory), commands);

    /// <summary>
    /// Runs <c>analytics</c> with <paramref name="args"/> in <paramref name="context"/> (default: the real commands).
    /// Everything a command prints goes through <see cref="TerminalText"/>: control characters from data are made visible.
    /// </summary>
    internal static int Run(string[] args, CliContext context, IReadOnlyList<ICommand>? commands = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        commands ??= Commands;
        var stdout = TerminalText.Writer(context.Out);
        var stderr = TerminalText.Writer(context.Error);
        context = context with { Out = stdout, Error = stderr };
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteHelp(stdout);
            return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }

        if (args[0] == "--version")
        {
            stdout.WriteLine(Version);
            return ExitCodes.Ok;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"analytics: unknown command \"{args[0]}\". Commands: {string.Join(", ", commands.Select(c => c.Name))}. Run 'analytics --help' for more.");
            return ExitCodes.BadInput;
        }

        try
        {
            var parsed = ParsedArguments.Parse(args[1..], command.Options, command.MaxPositionals, command.Name);
            if (parsed.HelpRequested)
            {
                WriteCommandHelp(command, stdout);
                return ExitCodes.Ok;
            }

            return command.Execute(parsed, context);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"analytics {command.Name}: {e.Message}");
            stderr.WriteLine($"usage: analytics {command.Usage}");
            return ExitCodes.BadInput;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"analytics {command.Name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (ArgumentNullException e)
        {
            // No user value is ever null: a null argument is the toolkit's own defect.
            return InternalError(command, e, stderr);
        }
        catch (ArgumentException e)
        {
            // Library guards: a value the user supplied (through a file or an option) is out of range.
            stderr.WriteLine($"analytics {command.Name}: {Message(e)}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"analytics {command.Name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OutOfMemoryException)
        {
            // The run limits keep an estimated run far below this; the machine may still have less free.
            stderr.WriteLine($"analytics {command.Name}: the run needs more memory than this machine has free; lower --trials or use a smaller scenario.");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException e)
        {
            stderr.WriteLine($"analytics {command.Name}: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"analytics {command.Name}: {e.Message}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: a defect must still not print a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return InternalError(command, e, stderr);
        }
    }

    /// <summary>An ArgumentException's message without the runtime's " (Parameter 'x')" suffix, which means nothing to a user.</summary>
    public static string Message(ArgumentException e) => ExceptionText.Message(e);

    private static int InternalError(ICommand command, Exception e, TextWriter stderr)
    {
        var message = e is ArgumentException a ? Message(a) : e.Message;
        stderr.WriteLine($"analytics {command.Name}: internal error ({e.GetType().Name}): {message.TrimEnd('.')}. This is a defect of the toolkit; please report it with the command you ran.");
        return ExitCodes.InternalError;
    }

    /// <summary>The toolkit's version, as recorded in run manifests.</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("analytics: sales-target planning toolkit (amounts in 萬元 = 10,000 CNY)");
        output.WriteLine();
        output.WriteLine("Commands:");
        var width = Commands.Count == 0 ? 0 : Commands.Max(c => c.Name.Length);
        foreach (var c in Commands)
        {
            output.WriteLine($"  {c.Name.PadRight(width)}  {c.Summary}");
        }

        output.WriteLine();
        output.WriteLine("Run 'analytics COMMAND --help' for a command's options.");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exit codes: {ExitCodes.Ok} ok, {ExitCodes.Findings} findings (e.g. audit errors), {ExitCodes.BadInput} unusable input, {ExitCodes.InternalError} internal error."));
    }

    private static void WriteCommandHelp(ICommand command, TextWriter output)
    {
        output.WriteLine($"usage: analytics {command.Usage}");
        output.WriteLine();
        output.WriteLine(command.Summary);
        if (command.Options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Options:");
            var labels = command.Options.Select(o => o.TakesValue ? $"{o.Name} {o.ValueName}" : o.Name).ToArray();
            var width = labels.Max(l => l.Length);
            for (var i = 0; i < labels.Length; i++)
            {
                output.WriteLine($"  {labels[i].PadRight(width)}  {command.Options[i].Help}");
            }
        }
    }
}
