using System.Globalization;
using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Fitting;
using Analytics.Fitting.Renewals;
using Analytics.Loading;
using static Analytics.Cli.Commands.Fitting.FitNumbers;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>fit renewal FILE.csv</c>: each tier's renewal probability as a beta posterior.</summary>
internal sealed class RenewalFitKind : FitKind
{
    public override string Name => "renewal";

    public override string Summary => "'renewal' (columns customer,tier,due_year,renewed) gives each tier's renewal probability as a beta posterior (prior --prior A,B, default 1,1: uniform)";

    public override IReadOnlyList<string> Options { get; } = ["--group", "--prior"];

    public override FitOutput Run(string file, ParsedArguments args)
    {
        var prior = Prior(args.Text("--prior"));
        var outcomes = RenewalOutcomesCsv.Load(file);
        var fits = Attempt(file, () => RenewalFit.ByTier(outcomes, prior));
        return new FitOutput(Json(file, prior, fits), output => Write(file, prior, fits, output), (path, group) => FitAssumptions.Of(Pick(fits, f => f.Tier, path, group, "tier", "tiers")));
    }

    private static BetaPrior Prior(string? text)
    {
        if (text is null)
        {
            return BetaPrior.Uniform;
        }

        var parts = text.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && a > 0 && double.IsFinite(a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && b > 0 && double.IsFinite(b)
            ? new BetaPrior(a, b)
            : throw new UsageException($"--prior takes two numbers > 0, A,B (1,1 is uniform, 0.5,0.5 Jeffreys); was \"{text}\".");
    }

    private static object Json(string file, BetaPrior prior, IReadOnlyList<RenewalFit> fits) => new
    {
        file,
        method = "conjugate updating: posterior Beta(a0 + renewed, b0 + due - renewed); 90% interval: its 5% and 95% quantiles",
        prior = new { a = prior.A, b = prior.B },
        tiers = fits.Select(f => new
        {
            tier = f.Tier,
            due = f.Due,
            renewed = f.Renewed,
            years = f.Years,
            a = f.A,
            b = f.B,
            mean = f.Mean,
            lower90 = f.Lower90,
            upper90 = f.Upper90,
            snippet = f.Snippet,
        }),
    };

    private static void Write(string file, BetaPrior prior, IReadOnlyList<RenewalFit> fits, TextWriter output)
    {
        output.WriteLine($"Renewal probabilities from {file}: prior Beta({Significant(prior.A)}, {Significant(prior.B)}), posterior Beta(a0 + renewed, b0 + due - renewed)");
        output.WriteLine();
        var table = new TextTable("tier", "years", ">due", ">renewed", ">a", ">b", ">mean", ">90% interval", "scenario");
        foreach (var f in fits)
        {
            table.Row(f.Tier, $"{WholeNumber(f.Years[0])}-{WholeNumber(f.Years[^1])}", WholeNumber(f.Due), WholeNumber(f.Renewed), Significant(f.A), Significant(f.B), FixedPoint(f.Mean, 4), $"{FixedPoint(f.Lower90, 4)}-{FixedPoint(f.Upper90, 4)}", f.Snippet);
        }

        table.Write(output);
    }
}
