using Analytics.Common;
using Analytics.Simulation.Engine;

namespace Analytics.Scenarios.Sections;

/// <summary>
/// How one stream's revenue answers the share of effort and budget a split gives it (the
/// scenario's <c>response</c> section): X(s) = X_base · (f + (1 − f) · (s / s0)^e), where X_base is
/// the stream's simulated revenue at the plan's share s0, f the floor (revenue that comes without
/// effort, e.g. existing customers who reorder anyway) and e the elasticity, drawn once per trial
/// from a distribution on [0, 1] (diminishing returns: doubling the effort multiplies the
/// effort-driven part by 2^e &lt;= 2). At s = s0 the factor is 1, so the plan's split reproduces
/// the scenario; at s = 0 only the floor is left.
/// </summary>
/// <param name="Stream">The stream's name.</param>
/// <param name="Floor">f, the fraction of the stream's revenue that does not depend on effort: in [0, 1].</param>
/// <param name="Elasticity">e, drawn once per trial: values in [0, 1]; named "response.STREAM.elasticity".</param>
/// <param name="BaselineShare">s0, the plan's share of the stream (its target over the sum of stream targets): in (0, 1].</param>
public sealed record StreamResponse(string Stream, double Floor, ScalarInput Elasticity, double BaselineShare)
{
    /// <summary>The stream's name (validated: not blank).</summary>
    public string Stream { get; init; } = Preconditions.NotBlank(Stream);

    /// <summary>The floor f (validated: in [0, 1]).</summary>
    public double Floor { get; init; } = Preconditions.Probability(Floor);

    /// <summary>The elasticity e (validated: a distribution on [0, 1]).</summary>
    public ScalarInput Elasticity { get; init; } = InputChecks.Probability(Preconditions.NotNull(Elasticity), nameof(Elasticity));

    /// <summary>The plan's share s0 (validated: in (0, 1]).</summary>
    public double BaselineShare { get; init; } = BaselineShare is > 0 and <= 1
        ? BaselineShare
        : throw new ArgumentOutOfRangeException(nameof(BaselineShare), $"BaselineShare must be a share in (0, 1]; was {Preconditions.Format(BaselineShare)}.");

    /// <summary>The name of the elasticity input of <paramref name="stream"/>: "response.STREAM.elasticity".</summary>
    public static string ElasticityName(string stream) => "response." + Preconditions.NotBlank(stream) + ".elasticity";

    /// <summary>The revenue factor f + (1 − f)(share / s0)^e for a share in [0, 1] and an elasticity in [0, 1] (1 at the plan's share).</summary>
    public double Factor(double share, double elasticity)
    {
        Preconditions.Probability(share);
        Preconditions.Probability(elasticity);
        return Floor + ((1 - Floor) * Math.Pow(share / BaselineShare, elasticity)); // 0^0 = 1: no elasticity, no answer to effort
    }
}
