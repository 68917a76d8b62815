using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>
/// A finite discrete distribution: listed values with weights (e.g. deal sizes 50, 80, 120 with
/// weights 3, 5, 2). Weights are normalised; equal values are merged. Sampled by guide-table
/// inversion over the values in ascending order.
/// </summary>
public sealed class Discrete : Distribution
{
    private readonly double[] _values;
    private readonly double[] _probabilities;
    private readonly InversionTable _table;

    /// <summary>Creates the distribution.</summary>
    /// <param name="values">The possible values: at least one, each finite.</param>
    /// <param name="weights">One weight per value: finite, &gt;= 0, with a positive sum.</param>
    public Discrete(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        Preconditions.NotEmpty(values);
        Preconditions.NotNull(weights);
        if (weights.Count != values.Count)
        {
            throw new ArgumentException($"weights must have one entry per value ({values.Count} values); had {weights.Count}.", nameof(weights));
        }

        var pairs = new SortedDictionary<double, double>();
        var total = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var weight = weights[i];
            Preconditions.Finite(value, $"values[{i}]");
            Preconditions.NonNegative(weight, $"weights[{i}]");
            pairs[value] = pairs.GetValueOrDefault(value) + weight;
            total += weight;
        }

        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentException($"weights must have a positive finite sum; was {Format(total)}.", nameof(weights));
        }

        _values = pairs.Keys.ToArray();
        _probabilities = pairs.Values.Select(w => w / total).ToArray();
        _table = new InversionTable(_probabilities);
    }

    /// <summary>The distinct values, ascending.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The probability of each of <see cref="Values"/>.</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    /// <inheritdoc />
    public override double Mean => Expectation(x => x);

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            var mean = Mean;
            return Expectation(x => (x - mean) * (x - mean));
        }
    }

    /// <inheritdoc />
    public override double Minimum => _values[0];

    /// <inheritdoc />
    public override double Maximum => _values[^1];

    /// <inheritdoc />
    public override bool IsInteger => _values.All(v => v == Math.Floor(v));

    /// <inheritdoc />
    public override bool IsConstant => _values.Length == 1;

    /// <inheritdoc />
    public override double Cdf(double x)
    {
        var i = Array.BinarySearch(_values, x);
        var last = i >= 0 ? i : ~i - 1;
        return last < 0 ? 0 : _table.Cumulative(last);
    }

    /// <inheritdoc />
    public override double Sample<TRandom>(ref TRandom rng) => _values[_table.Find(rng.NextDouble())];

    /// <inheritdoc />
    public override double Expectation(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var sum = 0.0;
        for (var i = 0; i < _values.Length; i++)
        {
            sum += _probabilities[i] * f(_values[i]);
        }

        return sum;
    }

    /// <inheritdoc />
    public override string ToString()
        => "Discrete(" + string.Join(", ", _values.Select((v, i) => $"{Format(v)}: {Format(_probabilities[i])}")) + ")";

    /// <inheritdoc />
    protected override double Quantile(double probability) => _values[_table.Quantile(probability)];
}
