using Analytics.Cli.Output;
using Analytics.Cli.Parsing;
using Analytics.Fitting;
using Analytics.Fitting.WinRates;
using Analytics.Loading;
using static Analytics.Cli.Commands.Fitting.FitNumbers;

namespace Analytics.Cli.Commands.Fitting;

/// <summary><c>fit winrate FILE.csv</c>: a beta-binomial win rate per industry, and the test of overdispersion against the binomial.</summary>
internal sealed class WinRateFitKind : FitKind
{
    private const string NullDistribution = "the likelihood ratio against the plain binomial, whose null lies on the boundary a + b = infinity: 1/2 chi-square(0) + 1/2 chi-square(1) (Self and Liang 1987), so p = P(chi-square(1) >= LR) / 2";

    public override string Name => "winrate";

    public override string Summary => "'winrate' (columns period,leads,wins, optional industry) fits a beta-binomial win rate (a, b, mean with its 95% interval) per industry and tests overdispersion against the binomial";

    public override IReadOnlyList<string> Options { get; } = ["--group"];

    public override FitOutput Run(string file, ParsedArguments args)
    {
        var periods = LeadPeriodsCsv.Load(file);
        var fits = Attempt(file, () => BetaBinomialFit.ByIndustry(periods));
        return new FitOutput(Json(file, fits), output => Write(file, fits, output), (path, group) => FitAssumptions.Of(Pick(fits, f => f.Group, path, group, "industry", "industries")));
    }

    private static object Json(string file, IReadOnlyList<BetaBinomialFit> fits) => new
    {
        file,
        method = "beta-binomial maximum likelihood (Nelder-Mead over the logit of the mean and ln(a + b)); the mean's 95% interval is Wald on the logit scale (Jeffreys at the binomial boundary)",
        overdispersionTest = NullDistribution,
        fits = fits.Select(f => new
        {
            industry = f.Group,
            periods = f.Periods,
            leads = f.Leads,
            wins = f.Wins,
            a = f.A,
            b = f.B,
            aStandardError = f.AStandardError,
            bStandardError = f.BStandardError,
            mean = f.Mean,
            meanLower95 = f.MeanLower95,
            meanUpper95 = f.MeanUpper95,
            intraClassCorrelation = f.IntraClassCorrelation,
            logLikelihood = f.LogLikelihood,
            binomialLogLikelihood = f.BinomialLogLikelihood,
            likelihoodRatio = f.LikelihoodRatio,
            overdispersionPValue = f.OverdispersionPValue,
            atBinomialBoundary = f.AtBinomialBoundary,
            snippet = f.Snippet,
        }),
    };

    private static void Write(string file, IReadOnlyList<BetaBinomialFit> fits, TextWriter output)
    {
        output.WriteLine($"Win rates fitted to {file}: wins of a period ~ Binomial(leads, p), p ~ Beta(a, b) afresh each period (maximum likelihood)");
        output.WriteLine($"Overdispersion test: {NullDistribution}.");
        output.WriteLine();
        var table = new TextTable("industry", ">periods", ">leads", ">wins", ">a", ">b", ">mean", ">95% interval", ">LR", ">p");
        foreach (var f in fits)
        {
            table.Row(f.Group, WholeNumber(f.Periods), WholeNumber(f.Leads), WholeNumber(f.Wins), f.A is { } a ? Significant(a) : "inf", f.B is { } b ? Significant(b) : "inf", FixedPoint(f.Mean, 4), $"{FixedPoint(f.MeanLower95, 4)}-{FixedPoint(f.MeanUpper95, 4)}", FixedPoint(f.LikelihoodRatio, 2), FixedPoint(f.OverdispersionPValue, 3));
        }

        table.Write(output);
        output.WriteLine();
        foreach (var f in fits)
        {
            output.WriteLine(f.AtBinomialBoundary
                ? $"{f.Group}: the maximum is the binomial (no variation beyond chance); scenario (the Jeffreys posterior of the one rate): {f.Snippet}"
                : $"{f.Group}: scenario {f.Snippet}");
        }
    }
}
