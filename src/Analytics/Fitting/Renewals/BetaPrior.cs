using Analytics.Common;

namespace Analytics.Fitting.Renewals;

/// <summary>The prior of a renewal probability, Beta(a, b): a pseudo-renewals and b pseudo-lapses.</summary>
/// <param name="A">a &gt; 0.</param>
/// <param name="B">b &gt; 0.</param>
public sealed record BetaPrior(double A, double B)
{
    /// <summary>The default prior: uniform, Beta(1, 1) (every probability equally likely before the data).</summary>
    public static BetaPrior Uniform { get; } = new(1, 1);

    /// <summary>a (validated: &gt; 0).</summary>
    public double A { get; } = Preconditions.Positive(A);

    /// <summary>b (validated: &gt; 0).</summary>
    public double B { get; } = Preconditions.Positive(B);
}
