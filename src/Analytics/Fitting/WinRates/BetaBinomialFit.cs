using System.Globalization;
using Analytics.Common;
using Analytics.History;
using Analytics.Scenarios.Editing;
using Analytics.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics;

namespace Analytics.Fitting.WinRates;

/// <summary>
/// A win rate that varies from period to period, fitted by maximum likelihood: the wins of a period
/// with n leads are beta-binomial, k ~ Binomial(n, p) with p ~ Beta(a, b) drawn afresh each period
/// (Skellam 1948). The likelihood Σ ln[C(n, k) B(k + a, n − k + b) / B(a, b)] is maximised over
/// (logit of the mean a/(a + b), ln(a + b)) by Nelder-Mead. As a + b grows the model becomes the
/// plain binomial (one rate for every period): when the maximum lies on that boundary the fit says
/// so, and the overdispersion test, a likelihood ratio with the boundary's null distribution
/// ½χ²₀ + ½χ²₁ (Self and Liang 1987), has p-value 1.
/// </summary>
/// <param name="Group">What was fitted: the industry, or "all".</param>
/// <param name="Periods">The periods fitted.</param>
/// <param name="Leads">All leads.</param>
/// <param name="Wins">All wins.</param>
/// <param name="A">The beta's a, or null when the maximum is the binomial (a + b infinite).</param>
/// <param name="B">The beta's b, or null when the maximum is the binomial.</param>
/// <param name="AStandardError">a's standard error (observed information), or null.</param>
/// <param name="BStandardError">b's standard error, or null.</param>
/// <param name="Mean">The mean win rate a/(a + b) (wins/leads at the binomial boundary).</param>
/// <param name="MeanLower95">Lower end of the mean's 95% interval.</param>
/// <param name="MeanUpper95">Upper end of the mean's 95% interval.</param>
/// <param name="LogLikelihood">The beta-binomial's log-likelihood at the maximum.</param>
/// <param name="BinomialLogLikelihood">The plain binomial's log-likelihood at its maximum (rate wins/leads).</param>
/// <param name="Sources">The rows fitted.</param>
public sealed record BetaBinomialFit(
    string Group,
    int Periods,
    int Leads,
    int Wins,
    double? A,
    double? B,
    double? AStandardError,
    double? BStandardError,
    double Mean,
    double MeanLower95,
    double MeanUpper95,
    double LogLikelihood,
    double BinomialLogLikelihood,
    IReadOnlyList<SourceLocation> Sources)
{
    /// <summary>The group's name when the history does not split by industry.</summary>
    public const string AllGroup = "all";

    // a + b beyond e^17 (about 2.4e7) is indistinguishable from the binomial for any lead count here.
    private const double BoundaryLogSize = 17;

    /// <summary>Whether the maximum is the plain binomial: no variation of the rate beyond chance.</summary>
    public bool AtBinomialBoundary => A is null;

    /// <summary>The likelihood-ratio statistic 2 (ln L_bb − ln L_binomial), &gt;= 0.</summary>
    public double LikelihoodRatio => Math.Max(0, 2 * (LogLikelihood - BinomialLogLikelihood));

    /// <summary>
    /// The p-value of "no overdispersion" (the binomial) against the beta-binomial: ½ P(χ²₁ ≥ LR) for
    /// LR &gt; 0, 1 for LR = 0, the null being on the boundary of the parameter space (½χ²₀ + ½χ²₁).
    /// </summary>
    public double OverdispersionPValue => LikelihoodRatio <= 0 ? 1 : 0.5 * (1 - ChiSquared.CDF(1, LikelihoodRatio));

    /// <summary>The intra-period correlation 1/(a + b + 1): the share of the variance beyond the binomial's (0 at the boundary).</summary>
    public double IntraClassCorrelation => A is { } a && B is { } b ? 1 / (a + b + 1) : 0;

    /// <summary>
    /// The win rate as the scenario writes it: Beta(a, b); at the binomial boundary, where the rate
    /// does not vary, the Jeffreys posterior Beta(wins + ½, leads − wins + ½) of the one rate.
    /// </summary>
    public string Snippet => A is { } a && B is { } b
        ? ScenarioNumber.Distribution("beta", ("a", a), ("b", b))
        : ScenarioNumber.Distribution("beta", ("a", Wins + 0.5), ("b", Leads - Wins + 0.5));

    /// <summary>One line for a labelled assumption.</summary>
    public string Summary()
    {
        var fit = A is { } a && B is { } b
            ? $"beta-binomial a {FitText.Significant(a)}, b {FitText.Significant(b)} (mean {FitText.Fixed(Mean, 3)}, 95% {FitText.Fixed(MeanLower95, 3)}-{FitText.Fixed(MeanUpper95, 3)})"
            : $"the rate does not vary beyond chance (binomial, {FitText.Fixed(Mean, 3)}; written as the Jeffreys posterior of the one rate)";
        return $"{Group}: {FitText.Whole(Wins)} wins of {FitText.Whole(Leads)} leads in {FitText.Whole(Periods)} periods, {fit}; overdispersion LR {FitText.Fixed(LikelihoodRatio, 2)}, p {FitText.Fixed(OverdispersionPValue, 3)}";
    }

    /// <summary>One fit per industry (or one for all when no period names an industry), industries in order of first appearance.</summary>
    /// <exception cref="ArgumentException">A group cannot be fitted (see <see cref="Fit"/>).</exception>
    public static IReadOnlyList<BetaBinomialFit> ByIndustry(IReadOnlyList<LeadPeriod> periods)
    {
        Preconditions.NotEmpty(periods);
        return [.. periods.GroupBy(p => p.Industry ?? AllGroup, StringComparer.Ordinal).Select(g => Fit(g.Key, [.. g]))];
    }

    /// <summary>Fits the periods of one group.</summary>
    /// <param name="group">The group's name.</param>
    /// <param name="periods">At least two periods, at least one of them with two or more leads, and some leads in all.</param>
    /// <exception cref="ArgumentException">Too few periods or leads to tell a varying rate from chance.</exception>
    public static BetaBinomialFit Fit(string group, IReadOnlyList<LeadPeriod> periods)
    {
        Preconditions.NotBlank(group);
        Preconditions.NotNull(periods);
        var data = periods.Where(p => p.Leads > 0).Select(p => (N: p.Leads, K: p.Wins)).ToArray();
        if (data.Length < 2 || !data.Any(d => d.N >= 2))
        {
            throw new ArgumentException($"data for {group} must hold at least two periods with leads, one of them with two or more, to tell a varying win rate from chance; it holds {data.Length.ToString(CultureInfo.InvariantCulture)} period(s) with leads.", nameof(periods));
        }

        var (leads, wins) = (data.Sum(d => d.N), data.Sum(d => d.K));
        var rate = (double)wins / leads;
        var binomial = data.Sum(d => LogChoose(d.N, d.K) + Term(d.K, rate) + Term(d.N - d.K, 1 - rate));
        var sources = periods.Select(p => p.Source).ToArray();
        var jeffreys = (Lower: Beta.InvCDF(wins + 0.5, leads - wins + 0.5, 0.025), Upper: Beta.InvCDF(wins + 0.5, leads - wins + 0.5, 0.975));
        if (wins == 0 || wins == leads)
        {
            // Every lead lost (or won): no beta-binomial does better than the degenerate binomial.
            return new BetaBinomialFit(group, data.Length, leads, wins, null, null, null, null, rate, jeffreys.Lower, jeffreys.Upper, binomial, binomial, sources);
        }

        double LogLikelihood(double[] x) => Math.Abs(x[0]) > 30 || x[1] < -10 || x[1] > BoundaryLogSize + 1
            ? double.NegativeInfinity
            : data.Sum(d => BetaBinomialLogProbability(d.N, d.K, Logistic(x[0]), Math.Exp(x[1])));
        var logitMean = Math.Log(rate / (1 - rate));
        double[][] starts = [.. new[] { 0.0, 2.5, 5.0, 10.0 }.Select(s => new[] { logitMean, s })];
        double Objective(double[] x) => LogLikelihood(x) is var ll && double.IsFinite(ll) ? -ll : double.MaxValue;
        var best = SimplexSearch.Minimize(Objective, starts);
        var logLikelihood = LogLikelihood(best);
        if (best[1] >= BoundaryLogSize || logLikelihood <= binomial + 1e-9)
        {
            return new BetaBinomialFit(group, data.Length, leads, wins, null, null, null, null, rate, jeffreys.Lower, jeffreys.Upper, binomial, binomial, sources);
        }

        var mean = Logistic(best[0]);
        var size = Math.Exp(best[1]);
        var covariance = ObservedInformation.Covariance(LogLikelihood, best);
        double? seA = covariance is null ? null : ObservedInformation.DeltaMethod(x => Logistic(x[0]) * Math.Exp(x[1]), best, covariance);
        double? seB = covariance is null ? null : ObservedInformation.DeltaMethod(x => (1 - Logistic(x[0])) * Math.Exp(x[1]), best, covariance);
        // The mean's interval is Wald on the logit scale, where its sampling distribution is nearer normal.
        var logitSe = covariance is null ? double.NaN : Math.Sqrt(covariance[0, 0]);
        var (lower, upper) = double.IsFinite(logitSe)
            ? (Logistic(best[0] - (Estimate.Z95 * logitSe)), Logistic(best[0] + (Estimate.Z95 * logitSe)))
            : (jeffreys.Lower, jeffreys.Upper);
        return new BetaBinomialFit(group, data.Length, leads, wins, mean * size, (1 - mean) * size, seA, seB, mean, lower, upper, logLikelihood, binomial, sources);
    }

    /// <summary>ln P(K = k) for K beta-binomial with n trials, mean μ and a + b = s (the binomial coefficient included).</summary>
    public static double BetaBinomialLogProbability(int n, int k, double mean, double size)
    {
        var (a, b) = (mean * size, (1 - mean) * size);
        if (n > 2000)
        {
            return LogChoose(n, k) + SpecialFunctions.BetaLn(k + a, n - k + b) - SpecialFunctions.BetaLn(a, b);
        }

        // B(k + a, n − k + b)/B(a, b) as products: exact for any a + b, where the ln-gamma differences cancel badly.
        var sum = LogChoose(n, k);
        for (var j = 0; j < k; j++)
        {
            sum += Math.Log(a + j);
        }

        for (var j = 0; j < n - k; j++)
        {
            sum += Math.Log(b + j);
        }

        for (var j = 0; j < n; j++)
        {
            sum -= Math.Log(size + j);
        }

        return sum;
    }

    private static double LogChoose(int n, int k) => SpecialFunctions.BinomialLn(n, k);

    private static double Term(int count, double p) => count == 0 ? 0 : count * Math.Log(p);

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
