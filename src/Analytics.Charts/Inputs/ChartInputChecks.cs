using Analytics.Common;

namespace Analytics.Charts.Inputs;

/// <summary>Argument checks shared by the chart inputs (series lengths, ascending keys, shares that add up).</summary>
internal static class ChartInputChecks
{
    /// <summary>Tolerance for three shares adding up to 1: results arrive as doubles.</summary>
    public const double ShareSumTolerance = 1e-6;

    /// <summary>A series of finite values, as long as its keys.</summary>
    public static IReadOnlyList<double> Series(IReadOnlyList<double> values, int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(values))] string? name = null)
    {
        Preconditions.NotNull(values, name);
        if (values.Count != count)
        {
            throw new ArgumentException($"{name} has {values.Count} values; it needs one per period ({count}).", name);
        }

        return Preconditions.EachFinite(values, name);
    }

    /// <summary>A series of finite non-negative values, as long as its keys.</summary>
    public static IReadOnlyList<double> NonNegativeSeries(IReadOnlyList<double> values, int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(values))] string? name = null)
    {
        Series(values, count, name);
        return Preconditions.EachNonNegative(values, name);
    }

    /// <summary>Keys in strictly ascending order, at least one.</summary>
    public static IReadOnlyList<int> Ascending(IReadOnlyList<int> keys, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(keys))] string? name = null)
    {
        Preconditions.NotEmpty(keys, name);
        for (var i = 1; i < keys.Count; i++)
        {
            if (keys[i] <= keys[i - 1])
            {
                throw new ArgumentException($"{name} must ascend; {keys[i]} follows {keys[i - 1]}.", name);
            }
        }

        return keys;
    }

    /// <summary>
    /// A share in [0, 1], allowing the rounding error of a share computed as 1 - a - b
    /// (within <see cref="ShareSumTolerance"/>), which is clamped into [0, 1].
    /// </summary>
    public static double Share(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.InRange(value, -ShareSumTolerance, 1 + ShareSumTolerance, name);
        return Math.Clamp(value, 0, 1);
    }

    /// <summary>The third of three shares, checked as a <see cref="Share"/> and that the three add up to 1.</summary>
    public static double ThirdShare(double first, double second, double third, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(third))] string? name = null)
    {
        third = Share(third, name);
        var sum = first + second + third;
        return Math.Abs(sum - 1) <= ShareSumTolerance
            ? third
            : throw new ArgumentException($"the three shares must add up to 1; {first} + {second} + {third} = {sum}.", name);
    }
}
