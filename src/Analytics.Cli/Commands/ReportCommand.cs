using System.Globalization;
using Analytics.Charts;
using Analytics.Charts.Export;
using Analytics.Charts.Rendering;
using Analytics.Charts.Report;
using Analytics.Cli.Parsing;
using Analytics.Export;
using Analytics.Loading;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics report [PLAN_DIR]</c>: the owner's report, one self-contained HTML page that
/// opens offline, and its headline on standard output.
/// </summary>
internal sealed class ReportCommand : ICommand
{
    /// <summary>The page written when --out is not given.</summary>
    public const string DefaultOutput = "report.html";

    public string Name => "report";

    public string Usage => "report [PLAN_DIR] [--scenario FILE] [--out FILE.html] [--lang zh|en] [--unit wan|million] [--png DIR]";

    public string Summary => $"Write the owner's report for a plan folder (default {CliApp.DefaultPlanDirectory}): one HTML page that needs no internet and no notebook tooling (headline, decomposition, phasing, people, audit findings, sources), and print its headline.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE.html", $"the page to write (default {DefaultOutput}); an existing file is replaced only if this command wrote it, and never an input"),
        new("--lang", "zh|en", "language of the page (default zh)"),
        new("--unit", "wan|million", "amounts in 萬元 or millions of CNY (default: wan for zh, million for en)"),
        new("--png", "DIR", "also write each chart as DIR/NAME.png through a local Chromium (Debian's chromium package; exit 2 without one)"),
        new("--scenario", "FILE", "a simulation scenario: checked to exist; used for P(hit) and the risk charts once the simulation engine is part of the toolkit (until then the report shows the plan's results and says P(hit) needs a simulation)"),
    ];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var planDirectory = args.Positional(0, CliApp.DefaultPlanDirectory);
        var english = args.Choice("--lang", "zh", "zh", "en") == "en";
        var million = args.Choice("--unit", english ? "million" : "wan", "wan", "million") == "million";
        var options = new ChartOptions(english ? ChartLanguage.English : ChartLanguage.Chinese, million ? AmountUnit.MillionYuan : AmountUnit.WanYuan);
        var output = args.Text("--out") ?? DefaultOutput;
        var scenario = args.Text("--scenario");
        if (scenario is not null && !File.Exists(scenario))
        {
            throw new UsageException($"--scenario: the file \"{scenario}\" does not exist.");
        }

        // Check the browser before the work, so a missing one costs nothing.
        var pngFolder = args.Text("--png");
        ChromiumBrowser? browser = null;
        if (pngFolder is not null)
        {
            browser = ChromiumBrowser.Find() ?? throw new UsageException("--png: " + ChromiumBrowser.NotFoundMessage);
            if (!Directory.Exists(pngFolder))
            {
                throw new UsageException($"--png: the folder \"{pngFolder}\" does not exist; create it first.");
            }
        }

        var plan = PlanLoader.Load(planDirectory);
        var inputs = PlanFiles.All.Select(f => Path.Combine(planDirectory, f)).Append(scenario).OfType<string>().ToArray();
        RefuseForeignFile(output);
        var content = ReportContent.FromPlan(plan, planDirectory);
        var report = OwnerReport.Render(content, options);
        SafeFile.WriteText(output, report.Html, inputs, overwrite: true);

        context.Out.WriteLine(ReportHeadline.Text(content, options));
        if (scenario is not null)
        {
            context.Error.WriteLine($"Note: {scenario} exists, but the simulation engine is not part of this build yet; the report shows the plan's results only.");
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {output} ({new FileInfo(output).Length / 1e6:0.0} MB, {report.Charts.Count} charts; sections: {string.Join(", ", report.Sections)})."));
        if (browser is not null)
        {
            var files = PngExporter.Write(report.Charts, pngFolder!, browser, options, inputs: inputs);
            context.Error.WriteLine($"Wrote {files.Count} PNG files to {pngFolder} ({string.Join(", ", files.Select(Path.GetFileName))}).");
        }

        return ExitCodes.Ok;
    }

    /// <summary>An existing file may be replaced only if it is a page this toolkit wrote (it carries the generator tag).</summary>
    private static void RefuseForeignFile(string output)
    {
        if (!File.Exists(output))
        {
            return;
        }

        using var reader = new StreamReader(output);
        var head = new char[4096];
        var read = reader.ReadBlock(head, 0, head.Length);
        if (!new string(head, 0, read).Contains($"<meta name=\"generator\" content=\"{ChartPage.Generator}\">", StringComparison.Ordinal))
        {
            throw new IOException($"{output}: the file exists and was not written by analytics report; refusing to overwrite it (remove it or choose another --out).");
        }
    }
}
