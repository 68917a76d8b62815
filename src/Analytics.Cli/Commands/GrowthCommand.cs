using System.Globalization;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Loading;
using Analytics.Market;

namespace Analytics.Cli.Commands;

/// <summary>
/// <c>analytics growth [PLAN_DIR]</c>: the target's growth justified from the market, the customers and
/// the product, the gap between those views, and the bridge from last year's sales to the target.
/// </summary>
internal sealed class GrowthCommand : ICommand
{
    public string Name => "growth";

    public string Usage => "growth [PLAN_DIR] [--format text|json]";

    public string Summary => $"Justify the target's growth (default {CliApp.DefaultPlanDirectory}): the share it needs at the market's growth, what holding share gives, how much of the increment the customer and product views explain, and a bridge by source.";

    public IReadOnlyList<OptionSpec> Options { get; } = [OptionSpec.Format];

    public int MaxPositionals => 1;

    public int Execute(ParsedArguments args, CliContext context)
    {
        var json = args.Json;
        var plan = PlanLoader.Load(args.Positional(0, CliApp.DefaultPlanDirectory));
        var j = GrowthJustification.Of(GrowthInputs.FromPlan(plan));
        if (json)
        {
            Json.Write(context.Out, ToJson(j));
        }
        else
        {
            WriteText(plan.Facts.PlanYear, j, context.Out);
        }

        return ExitCodes.Ok;
    }

    private static object ToJson(GrowthJustification j) => new
    {
        unit = "萬元",
        lastYear = j.LastYear,
        target = j.Target,
        increment = j.Increment,
        growth = j.Growth,
        marketShare = j.MarketShare,
        impliedMarketSize = j.ImpliedMarketSize,
        marketGrowthLow = j.MarketGrowthLow,
        marketGrowthHigh = j.MarketGrowthHigh,
        requiredShareLow = j.RequiredShareLow,
        requiredShareHigh = j.RequiredShareHigh,
        holdShareRevenueLow = j.HoldShareRevenueLow,
        holdShareRevenueHigh = j.HoldShareRevenueHigh,
        shareGainRevenueLow = j.AtLowGrowth.ShareGainRevenue,
        shareGainRevenueHigh = j.AtHighGrowth.ShareGainRevenue,
        relativeShareGainLow = j.AtLowGrowth.RelativeShareGain,
        relativeShareGainHigh = j.AtHighGrowth.RelativeShareGain,
        views = j.Views.Select(v => new
        {
            kind = v.Kind,
            basis = v.Basis,
            contributionLow = v.ContributionLow,
            contributionHigh = v.ContributionHigh,
            impliedGrowthLow = v.ImpliedGrowthLow,
            impliedGrowthHigh = v.ImpliedGrowthHigh,
            gapLow = v.GapLow,
            gapHigh = v.GapHigh,
        }),
        overlapLow = j.OverlapLow,
        overlapHigh = j.OverlapHigh,
        impliedUpgrades = j.ImpliedUpgrades,
        unattributed = j.Unattributed,
        renewals = new
        {
            renewalPotential = j.Renewals.RenewalPotential,
            repurchaseTarget = j.Renewals.RepurchaseTarget,
            shareOfRepurchaseTarget = j.Renewals.ShareOfRepurchaseTarget,
            leftForUpgrades = j.Renewals.LeftForUpgrades,
            repurchaseLastYear = j.Renewals.RepurchaseLastYear,
            repurchaseChange = j.Renewals.RepurchaseChange,
            repurchaseGrowth = j.Renewals.RepurchaseGrowth,
            planClaimsIncrement = j.Renewals.PlanClaimsIncrement,
        },
        bridge = Bridge(j.Bridge),
        marketBridgeLow = Bridge(j.MarketBridgeLow),
        marketBridgeHigh = Bridge(j.MarketBridgeHigh),
    };

    private static object Bridge(GrowthBridge b) => new
    {
        start = b.Start,
        steps = b.Steps.Select(s => new { label = s.Label, amount = s.Amount }),
        end = b.End,
    };

    private static void WriteText(int year, GrowthJustification j, TextWriter output)
    {
        output.WriteLine($"Growth {year.ToString(CultureInfo.InvariantCulture)}: {A(j.LastYear)} -> {A(j.Target)} 萬元 (+{Pct(j.Growth, 1)}, an increment of {A(j.Increment)})");
        output.WriteLine();
        output.WriteLine($"Market: {A(j.LastYear)} at a {Pct(j.MarketShare, 1)} share implies a market of {A(j.ImpliedMarketSize)} 萬元.");
        var market = new TextTable(">market growth", ">hold-share revenue", ">share needed", ">share gain", ">share must grow", ">left to share gain");
        foreach (var at in new[] { j.AtLowGrowth, j.AtHighGrowth })
        {
            market.Row(Pct(at.MarketGrowth, 1), A(at.HoldShareRevenue), Pct(at.RequiredShare, 4), Points(at.ShareGainPoints), Pct(at.RelativeShareGain, 1), A(at.ShareGainRevenue));
        }

        market.Write(output);
        output.WriteLine();
        output.WriteLine($"Three views of the increment of {A(j.Increment)}:");
        var views = new TextTable("view", ">contribution", ">implied growth", ">gap to increment", "basis");
        foreach (var v in j.Views)
        {
            views.Row(v.Kind.ToString().ToLowerInvariant(), Range(v.ContributionLow, v.ContributionHigh, A), Range(v.ImpliedGrowthLow, v.ImpliedGrowthHigh, g => Pct(g, 1)), Range(v.GapLow, v.GapHigh, Signed), v.Basis);
        }

        views.Write(output);
        output.WriteLine($"Together the views claim {A(j.OverlapLow + j.Increment)}-{A(j.OverlapHigh + j.Increment)} against an increment of {A(j.Increment)}: " +
            (j.OverlapLow > 0
                ? $"they overlap by {A(j.OverlapLow)}-{A(j.OverlapHigh)} (renewals may be of the new product, market growth lifts renewals), so they cannot be added up."
                : "even added up they do not cover it."));
        output.WriteLine($"Maintenance and upgrades must bring {A(j.ImpliedUpgrades)} on top of the renewals for the existing-customer target.");
        output.WriteLine(j.Renewals.Sentence());
        output.WriteLine();
        output.WriteLine($"Bridge {A(j.LastYear)} -> {A(j.Target)} by source (last year's sales all from existing customers):");
        WriteBridge(j.Bridge, output);
        output.WriteLine();
        output.WriteLine("The same increment as market growth at held share plus share gain:");
        WriteBridge(j.MarketBridgeLow, output);
        output.WriteLine();
        WriteBridge(j.MarketBridgeHigh, output);
    }

    private static void WriteBridge(GrowthBridge b, TextWriter output)
    {
        var table = new TextTable("bar", ">萬元");
        table.Row("last year", A(b.Start));
        foreach (var s in b.Steps)
        {
            table.Row(s.Label, Signed(s.Amount));
        }

        table.Separator().Row("target", A(b.End));
        table.Write(output);
    }

    private static string Range<T>(T low, T high, Func<T, string> format)
        where T : IEquatable<T>
        => low.Equals(high) ? format(low) : $"{format(low)} to {format(high)}";

    private static string A(decimal amount) => Formats.Amount(amount);

    private static string Signed(decimal amount) => Formats.Amount(amount, signed: true);

    private static string Pct(decimal share, int decimals) => Formats.Percent(share, decimals);

    private static string Points(decimal share) => Formats.Points(share, signed: true) + " pt";
}
