using Analytics.Audit;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Loading;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics audit [PLAN_DIR]</c>: the plan's contradictions, doubts and derived facts.</summary>
internal sealed class AuditCommand : ICommand
{
    public string Name => "audit";

    public string Usage => "audit [PLAN_DIR] [--format text|json]";

    public string Summary => $"Audit a plan folder (default {CliApp.DefaultPlanDirectory}): exit 0 when it has no error finding, 1 when it has, 2 when it cannot be read.";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Format];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var json = args.Json;
        var plan = PlanLoader.Load(args.Positional(0, CliApp.DefaultPlanDirectory));
        var report = PlanAuditor.Audit(plan);
        if (json)
        {
            Json.Write(context.Out, new
            {
                findings = report.Findings.Select(f => new
                {
                    severity = f.Severity.ToString().ToLowerInvariant(),
                    rule = f.Rule,
                    location = f.Location.ToString(),
                    message = f.Message,
                    fixes = f.Fixes,
                }),
                summary = new { errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), info = report.Count(Severity.Info) },
            });
        }
        else
        {
            Write(report, context.Out);
        }

        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void Write(AuditReport report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            output.WriteLine($"{f.Severity.ToString().ToUpperInvariant()} [{f.Rule}] {f.Location}");
            output.WriteLine($"  {f.Message}");
            foreach (var fix in f.Fixes)
            {
                output.WriteLine($"  fix: {fix}");
            }

            output.WriteLine();
        }

        output.WriteLine($"{report.Count(Severity.Error)} error(s), {report.Count(Severity.Warning)} warning(s), {report.Count(Severity.Info)} info.");
    }
}
