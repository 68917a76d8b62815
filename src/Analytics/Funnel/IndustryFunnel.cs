using System.Runtime.CompilerServices;
using Analytics.Common;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Engine;
using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.Funnel;

/// <summary>
/// New customers from one industry: L leads ~ <see cref="Leads"/>; a win rate w drawn once per
/// trial (uncertainty about the rate itself, e.g. Beta(15, 85)); W ~ Binomial(L, w) wins; each
/// win places one order ~ <see cref="OrderValue"/>. Per trial: N = Σ_{j &lt; W} V_j.
/// </summary>
public sealed class IndustryFunnel : ITrialComponent
{
    private readonly ulong _leadsKey;
    private readonly ulong _winsKey;
    private readonly ulong _winsRejectionKey;
    private readonly ulong _valuesKey;

    /// <summary>Creates the funnel.</summary>
    /// <param name="name">The component's name and stream prefix, e.g. "newCustomers.3c".</param>
    /// <param name="leads">Leads per year: a count distribution (e.g. Poisson(120)).</param>
    /// <param name="winRate">Lead-to-win rate, drawn once per trial: a constant or a distribution on [0, 1].</param>
    /// <param name="orderValue">Value of a new customer's order (萬元, before any market factor): a distribution on [0, ∞).</param>
    public IndustryFunnel(string name, CountDistribution leads, ScalarInput winRate, Distribution orderValue)
    {
        Name = Preconditions.NotBlank(name);
        Leads = InputChecks.Count(leads, nameof(leads));
        WinRate = InputChecks.Probability(winRate, nameof(winRate));
        OrderValue = InputChecks.NonNegative(orderValue, nameof(orderValue));
        _leadsKey = RandomStreams.Key(name + ".leads");
        _winsKey = RandomStreams.Key(name + ".wins");
        _winsRejectionKey = RandomStreams.Key(name + ".wins/rejection");
        _valuesKey = RandomStreams.Key(name + ".values");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Leads per trial.</summary>
    public CountDistribution Leads { get; }

    /// <summary>The win rate (an input drawn once per trial).</summary>
    public ScalarInput WinRate { get; }

    /// <summary>The value of one won order.</summary>
    public Distribution OrderValue { get; }

    /// <summary>E[N] = E[L] · E[w] · E[V] (L, w and V independent; E[W | L, w] = L w).</summary>
    public double ExpectedValue => Leads.Mean * WinRate.Distribution.Mean * OrderValue.Mean;

    /// <inheritdoc />
    public IReadOnlyList<ScalarInput> Inputs => [WinRate];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddBlock(BlockContext block, Span<double> totals)
    {
        ArgumentNullException.ThrowIfNull(block);
        var counts = block.RentInts(block.Count);
        var leadsRng = block.Stream(_leadsKey);
        Leads.SampleCounts(ref leadsRng, counts);
        var winRate = block.Input(WinRate.Name);
        var winsRng = block.Stream(_winsKey);
        var rejectionSeed = block.StreamSeed(_winsRejectionKey);
        for (var t = 0; t < counts.Length; t++)
        {
            // Leads become wins in place, coupled trial by trial as in TrialBinomial.
            counts[t] = Binomial.SampleCoupled(winsRng.NextDouble(), rejectionSeed, t, counts[t], winRate[t]);
        }

        CompoundSum.Add(block, _valuesKey, counts, OrderValue, totals);
    }

    /// <inheritdoc />
    public ITrialComponent WithInput(ScalarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Name == WinRate.Name ? new IndustryFunnel(Name, Leads, input, OrderValue) : this;
    }
}
