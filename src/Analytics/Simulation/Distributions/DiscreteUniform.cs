using System.Runtime.CompilerServices;
using Analytics.Common;

namespace Analytics.Simulation.Distributions;

/// <summary>Each integer in [min, max] equally likely, e.g. 5 to 8 followers. Exactly uniform (no modulo bias).</summary>
public sealed class DiscreteUniform : CountDistribution
{
    /// <summary>Creates the uniform distribution on {<paramref name="min"/>, ..., <paramref name="max"/>}.</summary>
    /// <param name="min">Smallest value: any integer.</param>
    /// <param name="max">Largest value: an integer &gt;= <paramref name="min"/> (equal means a fixed count).</param>
    public DiscreteUniform(int min, int max)
    {
        MinimumCount = min;
        MaximumCount = Preconditions.InRange(max, min, int.MaxValue);
    }

    /// <inheritdoc />
    public override int MinimumCount { get; }

    /// <inheritdoc />
    public override int MaximumCount { get; }

    private long Size => (long)MaximumCount - MinimumCount + 1;

    /// <inheritdoc />
    public override double Mean => ((double)MinimumCount + MaximumCount) / 2;

    /// <inheritdoc />
    public override double Variance => (((double)Size * Size) - 1) / 12;

    /// <inheritdoc />
    public override bool IsConstant => MinimumCount == MaximumCount;

    /// <inheritdoc />
    public override double Probability(int k) => k < MinimumCount || k > MaximumCount ? 0 : 1.0 / Size;

    /// <inheritdoc />
    public override double Cdf(double x)
        => x < MinimumCount ? 0 : x >= MaximumCount ? 1 : (Math.Floor(x) - MinimumCount + 1) / Size;

    /// <inheritdoc />
    public override int SampleCount<TRandom>(ref TRandom rng)
        => (int)(MinimumCount + (long)UniformInteger.Below(ref rng, (ulong)Size));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void SampleCounts<TRandom>(ref TRandom rng, Span<int> destination)
    {
        var size = (ulong)Size;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (int)(MinimumCount + (long)UniformInteger.Below(ref rng, size));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"DiscreteUniform({Format(MinimumCount)}, {Format(MaximumCount)})";

    /// <inheritdoc />
    protected override double Quantile(double probability)
        => MinimumCount + Math.Max(0, Math.Ceiling(probability * Size) - 1);
}
