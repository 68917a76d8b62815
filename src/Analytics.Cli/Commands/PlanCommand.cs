using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Decomposition;
using Analytics.Export;
using Analytics.Loading;
using Analytics.Planning;

namespace Analytics.Cli.Commands;

/// <summary><c>analytics plan [PLAN_DIR]</c>: the decomposition as tables with totals.</summary>
internal sealed class PlanCommand : ICommand
{
    public string Name => "plan";

    public string Usage => "plan [PLAN] [--format text|json] | plan convert PLAN --to xlsx|csv [--out PATH]";

    public string Summary => $"Show the decomposed plan (default {CliApp.DefaultPlanDirectory}): business types, industry x region, quarters and months, and each person's target. PLAN is a plan folder or a plan workbook (.xlsx). 'plan convert' writes a plan folder as a workbook or a workbook as a plan folder, cell for cell.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        OptionSpec.Format,
        new("--to", "xlsx|csv", "convert: the form to write, a workbook (xlsx) or a plan folder of CSV files (csv)"),
        new("--out", "PATH", "convert: the workbook or folder to write (default: beside PLAN, named like it: data/plc-2026 -> data/plc-2026.xlsx); never an existing file or a folder that holds anything"),
    ];

    public int MaxPositionals => 2;

    public int Execute(ParsedArguments args, CliContext context)
    {
        if (args.Positionals.Count > 0 && args.Positionals[0] == "convert")
        {
            return Convert(args, context);
        }

        if (new[] { "--to", "--out" }.FirstOrDefault(args.Has) is { } convertOnly)
        {
            throw new UsageException($"{convertOnly} applies to 'plan convert PLAN --to xlsx|csv' only.");
        }

        if (args.Positionals.Count > 1)
        {
            throw new UsageException($"'plan' takes one plan; got unexpected \"{args.Positionals[1]}\" (to convert a plan: plan convert PLAN --to xlsx|csv).");
        }

        var json = args.Json;
        var plan = PlanLoader.Load(args.Positional(0, CliApp.DefaultPlanDirectory));
        var d = PlanDecomposer.Decompose(plan);
        var matrix = RegionMatrix.From(d);
        foreach (var rescaled in d.Rescaled)
        {
            context.Error.WriteLine($"Note: {rescaled.Message}");
        }

        if (json)
        {
            Json.Write(context.Out, ToJson(plan, d, matrix));
        }
        else
        {
            WriteText(plan, d, matrix, context.Out);
        }

        return ExitCodes.Ok;
    }

    /// <summary>plan convert PLAN --to xlsx|csv [--out PATH]: the plan's tables in the other form (<see cref="PlanConversion"/>).</summary>
    private static int Convert(ParsedArguments args, CliContext context)
    {
        var source = PlanSource.Of(args.RequiredPositional(1, "the plan to convert (a plan folder or workbook)"));
        var toWorkbook = (args.Text("--to") ?? throw new UsageException("--to xlsx|csv is required: the form to write.")) switch
        {
            "xlsx" => true,
            "csv" => false,
            var other => throw new UsageException($"--to must be xlsx or csv; got \"{other}\"."),
        };
        if (toWorkbook == source.IsWorkbook)
        {
            throw new UsageException($"{source.Path} is already {(toWorkbook ? "a workbook" : "a plan folder")}; --to {(toWorkbook ? "csv" : "xlsx")} converts it.");
        }

        var output = args.Text("--out") ?? PlanConversion.DefaultOutput(source, toWorkbook);
        if (toWorkbook && !PlanSource.IsWorkbookPath(output))
        {
            throw new UsageException($"--out: \"{output}\" is not an .xlsx file name; Excel opens a workbook by its extension.");
        }

        var tables = PlanConversion.Tables(source);
        if (toWorkbook)
        {
            PlanConversion.WriteWorkbook(output, tables, source.Files);
        }
        else
        {
            PlanConversion.WriteFolder(output, tables, source.Files);
        }

        context.Error.WriteLine($"Wrote {output}: {tables.Count} tables ({string.Join(", ", tables.Select(t => $"{PlanFiles.TableName(t.File)} {t.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))} rows), converted from {source.Path}.");
        return ExitCodes.Ok;
    }

    private static object ToJson(SalesPlan plan, PlanDecomposition d, RegionMatrix matrix) => new
    {
        unit = "萬元",
        target = d.Root.Amount,
        lines = d.Root.Children.Select(l => new { id = l.Node.Id, kind = BusinessLines.WordOf(plan.Line(l.Node.Id).Kind), nameZh = l.Node.NameZh, nameEn = l.Node.NameEn, amount = l.Amount, share = d.Root.Amount == 0 ? 0 : l.Amount / d.Root.Amount, lastYear = l.Node.LastYear }),
        targets = d.Root.Descendants().Select(t => new { id = t.Node.Id, parent = t.Node.ParentId, level = t.Node.Level.ToString().ToLowerInvariant(), industry = t.Node.IndustryId, region = t.Node.RegionId, nameZh = t.Node.NameZh, amount = t.Amount }),
        industryRegion = new
        {
            regions = matrix.Regions,
            rows = matrix.Rows.Select(r => new { line = r.LineId, industry = r.IndustryId, byRegion = r.ByRegion, total = r.Total }),
            columnTotals = matrix.ColumnTotals,
            total = matrix.Total,
        },
        phasing = plan.Phasing.Select(q => new
        {
            quarter = q.Label,
            share = q.Share,
            amount = d.Year.Quarters[q.Quarter - 1],
            months = d.MonthsOf(q.Quarter),
            statedMonthly = q.MonthlyAmount,
        }),
        people = d.People.Select(p => new
        {
            id = p.Person.Id,
            nameZh = p.Person.NameZh,
            role = p.Person.Role.Id,
            roleNameZh = p.Person.Role.NameZh,
            roleNameEn = p.Person.Role.NameEn,
            total = p.Total,
            ownerTotal = p.OwnerTotal,
            quarters = p.Phased.Quarters,
            items = p.Items.Select(i => new { id = i.Id, amount = i.Amount, credit = i.Credit.ToString().ToLowerInvariant(), counted = i.CountedInTotal }),
        }),
        personalTotal = d.PersonalTotal,
        ownerTotal = d.OwnerTotal,
        overAssignmentRatio = d.OverAssignmentRatio,
    };

    private static void WriteText(SalesPlan plan, PlanDecomposition d, RegionMatrix matrix, TextWriter output)
    {
        var target = d.Root.Amount;
        output.WriteLine($"Plan {plan.Facts.PlanYear}: target {Formats.Amount(target)} 萬元 (last year {Formats.Amount(plan.Facts.LastYearSales)}, {Formats.Percent(plan.Facts.ImpliedGrowth)} growth)");
        output.WriteLine();

        output.WriteLine("By business type");
        var lines = new TextTable("type", "kind", "業務類型", ">amount", ">share", "owner");
        foreach (var l in d.Root.Children)
        {
            lines.Row(l.Node.Id, BusinessLines.WordOf(plan.Line(l.Node.Id).Kind), l.Node.NameZh, Formats.Amount(l.Amount), Formats.Percent(target == 0 ? 0 : l.Amount / target), Owners(plan, l.Node.Id));
        }

        lines.Separator().Row("total", "", "合計", Formats.Amount(d.Root.Children.Sum(c => c.Amount)), Formats.Percent(target == 0 ? 0 : d.Root.Children.Sum(c => c.Amount) / target)).Write(output);
        output.WriteLine();

        output.WriteLine("By industry and region (萬元)");
        var headers = new[] { "type", "industry" }.Concat(matrix.Regions.Select(r => ">" + (plan.FindRegion(r)?.NameZh ?? r))).Append(">total").ToArray();
        var table = new TextTable(headers);
        foreach (var r in matrix.Rows)
        {
            table.Row([r.LineName, r.IndustryName ?? "(all)", .. matrix.Regions.Select(c => r.ByRegion.TryGetValue(c, out var v) ? Formats.Amount(v) : ""), Formats.Amount(r.Total)]);
        }

        table.Separator().Row(["total", "", .. matrix.Regions.Select(c => Formats.Amount(matrix.ColumnTotals[c])), Formats.Amount(matrix.Total)]).Write(output);
        output.WriteLine();

        output.WriteLine("By quarter and month (萬元; quarters by the stated shares)");
        var phasing = new TextTable("quarter", ">share", ">amount", ">month 1", ">month 2", ">month 3", ">stated monthly", "focus");
        foreach (var q in plan.Phasing)
        {
            var months = d.MonthsOf(q.Quarter).Select(m => Formats.Amount(m)).ToArray();
            phasing.Row(q.Label, Formats.Percent(q.Share), Formats.Amount(d.Year.Quarters[q.Quarter - 1]), months[0], months[1], months[2], q.MonthlyAmount is { } m ? Formats.Amount(m) : "", q.FocusZh);
        }

        phasing.Separator().Row("year", Formats.Percent(plan.Phasing.Sum(q => q.Share)), Formats.Amount(d.Year.Quarters.Sum())).Write(output);
        output.WriteLine();

        output.WriteLine("By person (萬元; overlays counted: personal targets add up to more than the company's)");
        var people = new TextTable("person", "姓名/職位", "role", ">target", ">owner", ">Q1", ">Q2", ">Q3", ">Q4");
        foreach (var p in d.People)
        {
            people.Row([p.Person.Id, p.Person.NameZh, p.Person.Role.NameEn, Formats.Amount(p.Total), Formats.Amount(p.OwnerTotal), .. p.Phased.Quarters.Select(m => Formats.Amount(m))]);
        }

        people.Separator().Row(["total", "", "", Formats.Amount(d.PersonalTotal), Formats.Amount(d.OwnerTotal)]).Write(output);
        output.WriteLine();
        output.WriteLine($"Over-assignment: personal targets {Formats.Amount(d.PersonalTotal)} / company target {Formats.Amount(target)} = {decimal.Round(d.OverAssignmentRatio, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    /// <summary>Who owns the node or, when ownership sits lower, how many people of each role own its parts.</summary>
    private static string Owners(SalesPlan plan, string targetId)
    {
        var node = plan.Target(targetId);
        var owners = plan.Assignments
            .Where(a => a.Credit == Credit.Owner && plan.IsWithin(plan.Target(a.TargetId), node))
            .Select(a => plan.FindPerson(a.PersonId)!)
            .Distinct()
            .ToArray();
        return owners.Length <= 1
            ? string.Join(", ", owners.Select(p => p.Id))
            : string.Join(", ", owners.GroupBy(p => p.Role.NameEn).Select(g => $"{g.Count()} {g.Key}"));
    }
}
