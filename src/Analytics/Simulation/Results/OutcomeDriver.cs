using Analytics.Common;
using Analytics.Simulation.Correlation;

namespace Analytics.Simulation.Results;

/// <summary>
/// How one simulated variable moves with an outcome (e.g. a stream, or the market factor, against the
/// total), read from a run's per-trial values alone: no re-runs, so it shows association, not the
/// effect of changing the variable (that is what a tornado or Sobol analysis measures).
/// </summary>
/// <param name="Name">The variable (an output of the run).</param>
/// <param name="Mean">Its mean over the trials.</param>
/// <param name="StandardDeviation">Its standard deviation over the trials (divisor n − 1).</param>
/// <param name="RankCorrelation">Spearman's rho with the outcome, in [−1, 1] (ties at their average rank).</param>
/// <param name="VarianceShare">
/// For an additive part of the outcome: cov(part, outcome) / var(outcome), the part's share of the
/// outcome's variance; the shares of parts that add up to the outcome add up to 1 (a part moving
/// against the others can have a negative share). Null for a variable that is not a part (an input).
/// </param>
public sealed record OutcomeDriver(string Name, double Mean, double StandardDeviation, double RankCorrelation, double? VarianceShare)
{
    /// <summary>
    /// The additive parts <paramref name="parts"/> of <paramref name="outcome"/> (e.g. the streams of the total),
    /// with their share of its mean's level and of its variance, largest variance share first.
    /// </summary>
    /// <param name="result">A run holding the outcome and the parts as outputs.</param>
    /// <param name="outcome">The outcome's output name, e.g. "total".</param>
    /// <param name="parts">Output names of the parts, at least one.</param>
    public static IReadOnlyList<OutcomeDriver> Parts(SimulationResult result, string outcome, IReadOnlyList<string> parts)
        => Of(result, outcome, parts, additive: true);

    /// <summary>
    /// Inputs recorded as outputs (see <see cref="Engine.RecordingModel"/>) against <paramref name="outcome"/>, by
    /// rank correlation, strongest (in absolute value) first; each driver is named by its input.
    /// </summary>
    /// <param name="result">A run of a <see cref="Engine.RecordingModel"/> that recorded the inputs.</param>
    /// <param name="outcome">The outcome's output name.</param>
    /// <param name="inputs">Names of the recorded inputs, at least one.</param>
    public static IReadOnlyList<OutcomeDriver> Inputs(SimulationResult result, string outcome, IReadOnlyList<string> inputs)
        => Of(result, outcome, Preconditions.NotNull(inputs).Select(Engine.RecordingModel.OutputOf).ToArray(), additive: false)
            .Select(d => d with { Name = d.Name[InputPrefixLength..] })
            .ToArray();

    private static readonly int InputPrefixLength = Engine.RecordingModel.OutputOf("x").Length - 1;

    private static OutcomeDriver[] Of(SimulationResult result, string outcome, IReadOnlyList<string> names, bool additive)
    {
        Preconditions.NotNull(result);
        Preconditions.NotBlank(outcome);
        Preconditions.NotEmpty(names);
        var y = result.Samples(outcome);
        var yMean = result.Output(outcome).Mean;
        var yVariance = Covariance(y.Span, yMean, y.Span, yMean);
        var drivers = new OutcomeDriver[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var x = result.Samples(names[i]).Span;
            var summary = result.Output(names[i]);
            double? share = additive ? (yVariance > 0 ? Covariance(x, summary.Mean, y.Span, yMean) / yVariance : 0) : null;
            drivers[i] = new OutcomeDriver(names[i], summary.Mean, summary.StandardDeviation, Ranks.Spearman(x, y.Span), share);
        }

        return additive
            ? [.. drivers.OrderByDescending(d => d.VarianceShare)]
            : [.. drivers.OrderByDescending(d => Math.Abs(d.RankCorrelation))];
    }

    // Sample covariance (divisor n − 1, as the summaries' standard deviation), so a part's variance share uses the same scale.
    private static double Covariance(ReadOnlySpan<double> x, double xMean, ReadOnlySpan<double> y, double yMean)
    {
        if (x.Length < 2)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (x[i] - xMean) * (y[i] - yMean);
        }

        return sum / (x.Length - 1);
    }
}
