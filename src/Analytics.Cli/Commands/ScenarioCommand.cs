using System.Globalization;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Export;
using Analytics.Loading;
using Analytics.Scenarios;
using Analytics.Scenarios.Drafting;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics scenario draft PLAN_DIR [--out FILE] [--force]</c>: a complete scenario drafted from the
/// plan's own data (<see cref="ScenarioDrafter"/>), checked by loading it and matching it against the plan
/// before it is written. It never replaces a file it did not write (one without the draft's marker).
/// </summary>
internal sealed class ScenarioCommand : ICommand
{
    public string Name => "scenario";

    public string Usage => "scenario draft PLAN_DIR [--out FILE] [--force]";

    public string Summary => $"Draft the plan's scenario from its own data (default PLAN_DIR/{PlanScenario.FileName}): one stream per business line, every figure citing its row, every default a labelled assumption (D1, D2, ...).";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--out", "FILE", $"the scenario file to write (default PLAN_DIR/{PlanScenario.FileName}); a file the command did not draft is never replaced"),
        new("--force", null, "replace a scenario this command drafted before"),
    ];

    public int MaxPositionals => 2;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var what = args.RequiredPositional(0, "what to do with a scenario (draft)");
        if (what != "draft")
        {
            throw new UsageException($"the scenario command can only \"draft\"; got \"{what}\".");
        }

        var folder = args.RequiredPositional(1, "the plan folder or workbook (PLAN_DIR)");
        var source = PlanSource.Of(folder);
        var output = args.Text("--out") ?? PlanScenario.PathIn(source.Folder);
        if (File.Exists(output) && !ScenarioDraft.IsDrafted(File.ReadAllText(output)))
        {
            throw new IOException($"{output}: the file exists and was not drafted by this command (its header lacks \"{ScenarioDraft.Marker}\"); refusing to replace it, even with --force. Move it away or give --out FILE.");
        }

        var plan = PlanLoader.Load(folder);
        var name = source.Name;
        var draft = ScenarioDrafter.Draft(plan, string.IsNullOrEmpty(name) ? "plan" : name);

        // The draft must load and model the plan; anything else is the drafter's defect, not the user's input.
        var scenario = ScenarioLoader.Parse(draft.Text, output);
        var match = ScenarioPlanMatch.Check(scenario, PlanDecomposer.Decompose(plan), output);
        SafeFile.WriteText(output, draft.Text, source.Files, overwrite: args.Has("--force"));
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {output}: {scenario.Streams.Count} streams, target {Formats.Amount(scenario.Target)} 萬元, {draft.Assumptions.Count} default assumptions ({string.Join(", ", draft.Assumptions.Select(a => a.Id))}) stated in its header."));
        foreach (var warning in match.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        return ExitCodes.Ok;
    }
}
