using Analytics.Common;
using Analytics.Simulation.Distributions;

namespace Analytics.Simulation.Engine;

/// <summary>
/// A named scalar drawn once per trial (a market factor, a win rate, a probability). The engine
/// draws every input of a model for each block, plainly or by Latin hypercube and with the
/// model's rank correlations imposed, and hands the columns to the model. The name addresses the
/// input from outside: sensitivity analysis can fix it at a quantile (<see cref="FixedAt"/>),
/// goal seek can replace it on common random numbers.
/// </summary>
/// <param name="Name">Unique within a model, e.g. "market" or "newCustomers.3c.winRate".</param>
/// <param name="Distribution">What is drawn each trial; a <see cref="Constant"/> consumes no random numbers.</param>
public sealed record ScalarInput(string Name, Distribution Distribution)
{
    /// <summary>The name (validated: not blank).</summary>
    public string Name { get; init; } = Preconditions.NotBlank(Name);

    /// <summary>The distribution (validated: not null).</summary>
    public Distribution Distribution { get; init; } = Preconditions.NotNull(Distribution);

    /// <summary>The same input held at its <paramref name="probability"/> quantile (e.g. 0.1 for its P10) in every trial.</summary>
    public ScalarInput FixedAt(double probability)
        => this with { Distribution = new Constant(Distribution.InverseCdf(Preconditions.OpenProbability(probability))) };

    /// <summary>A constant input (a parameter given as a plain number).</summary>
    public static ScalarInput Fixed(string name, double value) => new(name, new Constant(value));
}
