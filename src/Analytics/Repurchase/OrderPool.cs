using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.Repurchase;

/// <summary>
/// A pool of orders of uncertain number, each of uncertain value: a compound sum
/// S = Σ_{j &lt; K} V_j with K ~ <see cref="Count"/> and V ~ <see cref="OrderValue"/>, e.g. upgrades
/// and maintenance across the installed base, Poisson(100) orders each LogNormal(10, 0.6).
/// </summary>
public sealed class OrderPool : ITrialComponent
{
    private readonly ulong _ordersKey;
    private readonly ulong _valuesKey;

    /// <summary>Creates the pool.</summary>
    /// <param name="name">The component's name and stream prefix, e.g. "repurchase.upgrades".</param>
    /// <param name="count">Number of orders per trial: a count distribution.</param>
    /// <param name="orderValue">Value of one order (萬元, before any market factor): a distribution on [0, ∞).</param>
    public OrderPool(string name, CountDistribution count, Distribution orderValue)
    {
        Name = Preconditions.NotBlank(name);
        Count = InputChecks.Count(count, nameof(count));
        OrderValue = InputChecks.NonNegative(orderValue, nameof(orderValue));
        _ordersKey = RandomStreams.Key(name + ".orders");
        _valuesKey = RandomStreams.Key(name + ".values");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The number of orders per trial.</summary>
    public CountDistribution Count { get; }

    /// <summary>The value of one order.</summary>
    public Distribution OrderValue { get; }

    /// <summary>E[S] = E[K] · E[V] (Wald's identity).</summary>
    public double ExpectedValue => Count.Mean * OrderValue.Mean;

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => [];

    /// <inheritdoc />
    public void AddBlock(BlockContext block, Span<double> totals)
    {
        ArgumentNullException.ThrowIfNull(block);
        var orders = block.RentInts(block.Count);
        var rng = block.Stream(_ordersKey);
        Count.SampleCounts(ref rng, orders);
        CompoundSum.Add(block, _valuesKey, orders, OrderValue, totals);
    }

    /// <inheritdoc />
    public ITrialComponent WithInput(ScalarInput input) => this;
}
