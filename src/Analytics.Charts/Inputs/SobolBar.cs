using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>One input's Sobol indices as the chart draws them: first and total order, each with a 95% interval.</summary>
/// <param name="Input">The input's name.</param>
/// <param name="FirstOrder">S: the share of the output's variance the input explains alone.</param>
/// <param name="FirstLower">Lower end of S's interval.</param>
/// <param name="FirstUpper">Upper end of S's interval.</param>
/// <param name="TotalOrder">ST: the share that would vanish if the input were fixed, interactions included.</param>
/// <param name="TotalLower">Lower end of ST's interval.</param>
/// <param name="TotalUpper">Upper end of ST's interval.</param>
public sealed record SobolBar(BilingualText Input, double FirstOrder, double FirstLower, double FirstUpper, double TotalOrder, double TotalLower, double TotalUpper)
{
    /// <summary>The input's name.</summary>
    public BilingualText Input { get; } = Preconditions.NotNull(Input);

    /// <summary>S, finite (an estimate may fall a little below 0).</summary>
    public double FirstOrder { get; } = Preconditions.Finite(FirstOrder);

    /// <summary>Lower end of S's interval, finite (a bootstrap percentile interval need not contain S).</summary>
    public double FirstLower { get; } = Preconditions.Finite(FirstLower);

    /// <summary>Upper end of S's interval, at least the lower end.</summary>
    public double FirstUpper { get; } = Preconditions.InRange(FirstUpper, FirstLower, double.MaxValue);

    /// <summary>ST, finite.</summary>
    public double TotalOrder { get; } = Preconditions.Finite(TotalOrder);

    /// <summary>Lower end of ST's interval, finite.</summary>
    public double TotalLower { get; } = Preconditions.Finite(TotalLower);

    /// <summary>Upper end of ST's interval, at least the lower end.</summary>
    public double TotalUpper { get; } = Preconditions.InRange(TotalUpper, TotalLower, double.MaxValue);
}
