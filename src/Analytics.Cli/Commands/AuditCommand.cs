using Analytics.Audit;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics audit [PLAN_DIR]</c>: the plan's contradictions, doubts and derived facts, in English or Chinese.</summary>
internal sealed class AuditCommand : ICommand
{
    public string Name => "audit";

    public string Usage => "audit [PLAN_DIR] [--format text|json] [--lang en|zh]";

    public string Summary => $"Audit a plan folder (default {CliApp.DefaultPlanDirectory}): exit 0 when it has no error finding, 1 when it has, 2 when it cannot be read.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        OptionSpec.Format,
        new("--lang", "en|zh", "language of the findings and fixes (default en)"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var json = args.Json;
        var language = args.Choice("--lang", "en", "en", "zh") == "zh" ? Language.Chinese : Language.English;
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
                    message = f.MessageIn(language),
                    fixes = f.FixesIn(language),
                }),
                summary = new { errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning), info = report.Count(Severity.Info) },
            });
        }
        else
        {
            Write(report, language, context.Out);
        }

        return report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void Write(AuditReport report, Language language, TextWriter output)
    {
        var chinese = language == Language.Chinese;
        foreach (var f in report.Findings)
        {
            output.WriteLine($"{(chinese ? f.Severity.Name().Zh : f.Severity.ToString().ToUpperInvariant())} [{f.Rule}] {f.Location}");
            output.WriteLine($"  {f.MessageIn(language)}");
            foreach (var fix in f.FixesIn(language))
            {
                output.WriteLine(chinese ? $"  修正：{fix}" : $"  fix: {fix}");
            }

            output.WriteLine();
        }

        var (errors, warnings, info) = (report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info));
        output.WriteLine(chinese ? $"{errors} 個錯誤，{warnings} 個警告，{info} 條說明。" : $"{errors} error(s), {warnings} warning(s), {info} info.");
    }
}
