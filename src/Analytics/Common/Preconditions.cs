using System.Globalization;
using System.Runtime.CompilerServices;

namespace Analytics.Common;

/// <summary>
/// Argument checks for the whole library. Every message names the parameter, the value it had and
/// the range that would have been accepted, so a caller can fix the call without reading our code.
/// NaN and infinities are rejected by every numeric check.
/// </summary>
public static class Preconditions
{
    /// <summary>Requires a finite number (not NaN, not an infinity).</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw OutOfRange(name, value, "a finite number");
        }

        return value;
    }

    /// <summary>Requires a finite number strictly greater than zero.</summary>
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw OutOfRange(name, value, "a finite number > 0");
        }

        return value;
    }

    /// <summary>Requires a finite number greater than or equal to zero.</summary>
    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw OutOfRange(name, value, "a finite number >= 0");
        }

        return value;
    }

    /// <summary>Requires a probability: a finite number in [0, 1].</summary>
    public static double Probability(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
        {
            throw OutOfRange(name, value, "a probability in [0, 1]");
        }

        return value;
    }

    /// <summary>Requires a probability strictly inside (0, 1), e.g. a quantile level.</summary>
    public static double OpenProbability(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0 || value >= 1)
        {
            throw OutOfRange(name, value, "a probability in (0, 1), ends excluded");
        }

        return value;
    }

    /// <summary>Requires a finite number in the closed interval [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw OutOfRange(name, value, $"a finite number in [{Format(min)}, {Format(max)}]");
        }

        return value;
    }

    /// <summary>Requires a finite number strictly greater than <paramref name="bound"/>.</summary>
    public static double GreaterThan(double value, double bound, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= bound)
        {
            throw OutOfRange(name, value, $"a finite number > {Format(bound)}");
        }

        return value;
    }

    /// <summary>Requires an integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw OutOfRange(name, value, $"an integer in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
        }

        return value;
    }

    /// <summary>Requires an integer greater than or equal to zero.</summary>
    public static int NonNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw OutOfRange(name, value, "an integer >= 0");
        }

        return value;
    }

    /// <summary>Requires an integer greater than zero.</summary>
    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw OutOfRange(name, value, "an integer > 0");
        }

        return value;
    }

    /// <summary>Requires an amount of money greater than or equal to zero.</summary>
    public static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw OutOfRange(name, value, "an amount >= 0");
        }

        return value;
    }

    /// <summary>Requires an amount of money greater than zero.</summary>
    public static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw OutOfRange(name, value, "an amount > 0");
        }

        return value;
    }

    /// <summary>Requires a share: a decimal fraction in [0, 1].</summary>
    public static decimal Share(decimal value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0 || value > 1)
        {
            throw OutOfRange(name, value, "a share in [0, 1] (0.28 means 28%)");
        }

        return value;
    }

    /// <summary>Requires a non-empty text (not null, empty or only white space).</summary>
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name ?? "value"} must be a non-empty text; was {(value is null ? "null" : "\"" + value + "\"")}.", name);
        }

        return value;
    }

    /// <summary>Requires a non-null reference.</summary>
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name, $"{name ?? "value"} must not be null.");

    /// <summary>Requires every element to be a finite number; the message names the element, e.g. "observations[3]".</summary>
    public static IReadOnlyList<double> EachFinite(IReadOnlyList<double> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        NotNull(values, name);
        for (var i = 0; i < values.Count; i++)
        {
            Finite(values[i], Element(name, i));
        }

        return values;
    }

    /// <summary>Requires every element to be a finite number &gt;= 0; the message names the element, e.g. "adopters[3]".</summary>
    public static IReadOnlyList<double> EachNonNegative(IReadOnlyList<double> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        NotNull(values, name);
        for (var i = 0; i < values.Count; i++)
        {
            NonNegative(values[i], Element(name, i));
        }

        return values;
    }

    /// <summary>Requires every element to be a probability in [0, 1]; the message names the element, e.g. "shares[1]".</summary>
    public static IReadOnlyList<double> EachProbability(IReadOnlyList<double> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        NotNull(values, name);
        for (var i = 0; i < values.Count; i++)
        {
            Probability(values[i], Element(name, i));
        }

        return values;
    }

    /// <summary>Requires a non-empty collection.</summary>
    public static IReadOnlyList<T> NotEmpty<T>(IReadOnlyList<T>? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        NotNull(value, name);
        if (value!.Count == 0)
        {
            throw new ArgumentException($"{name ?? "value"} must hold at least one element; was empty.", name);
        }

        return value;
    }

    /// <summary>Requires that no two items share a key (an id, an industry); names the first repeated key.</summary>
    public static IReadOnlyList<T> UniqueKeys<T>(IReadOnlyList<T> items, Func<T, string> key, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        NotNull(items, name);
        ArgumentNullException.ThrowIfNull(key);
        var repeated = items.GroupBy(key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"{name ?? "items"} must have unique keys; \"{repeated.Key}\" appears {Format(repeated.Count())} times.", name);
        }

        return items;
    }

    private static string Element(string? name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name ?? "values"}[{index}]");

    private static ArgumentOutOfRangeException OutOfRange<T>(string? name, T value, string expected)
        where T : IFormattable
        => new(name, $"{name ?? "value"} must be {expected}; was {Format(value)}.");

    /// <summary>Invariant, round-trippable text of a number, as used in every message.</summary>
    internal static string Format<T>(T value)
        where T : IFormattable
        => value.ToString(null, CultureInfo.InvariantCulture);
}
