using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.Repurchase;

/// <summary>
/// Existing customers due for renewal in one tier: each of <see cref="Customers"/> renews
/// independently with the tier's probability, and a customer who renews places one order drawn
/// from <see cref="OrderValue"/>. Per trial: R = Σ_{j &lt; K} V_j with K ~ Binomial(customers, p).
/// </summary>
public sealed class RenewalTier : ITrialComponent
{
    private readonly TrialBinomial _renewals;
    private readonly ulong _valuesKey;

    /// <summary>Creates the tier.</summary>
    /// <param name="name">The component's name and stream prefix, e.g. "repurchase.tierA".</param>
    /// <param name="customers">Customers due for renewal: an integer &gt;= 0.</param>
    /// <param name="renewalProbability">Each customer's renewal probability, drawn once per trial (a constant or a distribution on [0, 1]).</param>
    /// <param name="orderValue">Value of one renewal order (萬元, before any market factor): a distribution on [0, ∞).</param>
    public RenewalTier(string name, int customers, ScalarInput renewalProbability, Distribution orderValue)
    {
        Name = Preconditions.NotBlank(name);
        Customers = Preconditions.NonNegative(customers);
        RenewalProbability = InputChecks.Probability(renewalProbability, nameof(renewalProbability));
        OrderValue = InputChecks.NonNegative(orderValue, nameof(orderValue));
        _renewals = new TrialBinomial(name + ".renewals", customers, renewalProbability);
        _valuesKey = RandomStreams.Key(name + ".values");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Customers due for renewal.</summary>
    public int Customers { get; }

    /// <summary>The renewal probability (an input: constant, or drawn once per trial).</summary>
    public ScalarInput RenewalProbability { get; }

    /// <summary>The value of one renewal order.</summary>
    public Distribution OrderValue { get; }

    /// <summary>E[R] = customers · E[p] · E[V] (K and V independent, E[K | p] = customers · p).</summary>
    public double ExpectedValue => Customers * RenewalProbability.Distribution.Mean * OrderValue.Mean;

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => [RenewalProbability];

    /// <inheritdoc />
    public void AddBlock(BlockContext block, Span<double> totals)
    {
        ArgumentNullException.ThrowIfNull(block);
        var renewals = block.RentInts(block.Count);
        _renewals.Sample(block, renewals);
        CompoundSum.Add(block, _valuesKey, renewals, OrderValue, totals);
    }

    /// <inheritdoc />
    public ITrialComponent WithInput(ScalarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Name == RenewalProbability.Name ? new RenewalTier(Name, Customers, input, OrderValue) : this;
    }
}
