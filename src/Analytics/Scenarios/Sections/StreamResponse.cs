using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// How one stream's revenue answers the share of effort and budget a split gives it (the
/// scenario's <c>response</c> section): X(s) = X_base · (f + (1 − f) · (s / s0)^e), where X_base is
/// the stream's simulated revenue at the plan's share s0 (the stream's target over the sum of the
/// stream targets), f the floor (revenue that comes without effort, e.g. existing customers who
/// reorder anyway) and e the elasticity, drawn once per trial from a distribution on [0, 1]
/// (diminishing returns: doubling the effort multiplies the effort-driven part by 2^e &lt;= 2). At
/// s = s0 the factor is 1, so the plan's split reproduces the scenario; at s = 0 only the floor is
/// left. <see cref="Factor"/> is the one implementation of the formula.
/// </summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="Floor">f, the fraction of the stream's revenue that does not depend on effort: in [0, 1].</param>
/// <param name="Elasticity">e, drawn once per trial: values in [0, 1]; named "response.STREAM.elasticity".</param>
public sealed record StreamResponse(string Stream, double Floor, ScalarInput Elasticity)
{
    /// <summary>The stream's name (validated: not blank).</summary>
    public string Stream { get; init; } = Preconditions.NotBlank(Stream);

    /// <summary>The floor f (validated: in [0, 1]).</summary>
    public double Floor { get; init; } = Preconditions.Probability(Floor);

    /// <summary>The elasticity e (validated: a distribution on [0, 1]).</summary>
    public ScalarInput Elasticity { get; init; } = InputChecks.Probability(Preconditions.NotNull(Elasticity), nameof(Elasticity));

    /// <summary>The name of the elasticity input of <paramref name="stream"/>: "response.STREAM.elasticity".</summary>
    public static string ElasticityName(string stream) => "response." + Preconditions.NotBlank(stream) + ".elasticity";

    /// <summary>ln(s / s0) for a share s in [0, 1] against the plan's share s0 in (0, 1]: −∞ at s = 0, 0 at the plan's share.</summary>
    public static double LogShareRatio(double share, double baselineShare)
    {
        Preconditions.Probability(share);
        if (baselineShare is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(baselineShare), $"baselineShare must be a share in (0, 1]; was {Preconditions.Format(baselineShare)}.");
        }

        return Math.Log(share / baselineShare);
    }

    /// <summary>
    /// The revenue factor f + (1 − f)(s / s0)^e, given ln(s / s0) (<see cref="LogShareRatio"/>) so a
    /// loop over trials at one share pays one exp per trial. Exactly 1 at the plan's share (a split
    /// equal to the plan reproduces the scenario bit for bit); at a zero share the floor alone, or 1
    /// when e = 0 (0^0 = 1: no elasticity, no answer to effort). Unchecked: this runs once per trial
    /// and split, on a floor and elasticities validated where they are read.
    /// </summary>
    /// <param name="floor">f, in [0, 1].</param>
    /// <param name="elasticity">e, in [0, 1].</param>
    /// <param name="logShareRatio">ln(s / s0), in [−∞, ln(1 / s0)].</param>
    public static double Factor(double floor, double elasticity, double logShareRatio)
        => logShareRatio == 0 ? 1
            : double.IsNegativeInfinity(logShareRatio) ? (elasticity > 0 ? floor : 1)
            : floor + ((1 - floor) * Math.Exp(elasticity * logShareRatio));
}
