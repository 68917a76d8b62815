using Analytics.Common;

namespace Analytics.Analyses.Common;

/// <summary>A Monte Carlo estimate with its standard error and a normal 95% interval.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Its standard error (&gt;= 0).</param>
public sealed record Estimate(double Value, double StandardError)
{
    /// <summary>The estimate (validated: finite).</summary>
    public double Value { get; init; } = Preconditions.Finite(Value);

    /// <summary>The standard error (validated: finite, &gt;= 0).</summary>
    public double StandardError { get; init; } = Preconditions.NonNegative(StandardError);

    /// <summary>Lower end of the 95% interval, Value − 1.96 SE.</summary>
    public double Lower95 => Value - (MonteCarlo.Z95 * StandardError);

    /// <summary>Upper end of the 95% interval, Value + 1.96 SE.</summary>
    public double Upper95 => Value + (MonteCarlo.Z95 * StandardError);
}
