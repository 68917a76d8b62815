using Analytics.Common;

namespace Analytics.Fitting.Distributions;

/// <summary>The families <c>fit distribution</c> knows, by their scenario names.</summary>
public static class FitFamilies
{
    /// <summary>Every family, in the order they are tried: lognormal, gamma, weibull, normal, triangular, pert.</summary>
    public static IReadOnlyList<FitFamily> All { get; } =
        [new LogNormalFamily(), new GammaFamily(), new WeibullFamily(), new NormalFamily(), new TriangularFamily(), new PertFamily()];

    /// <summary>
    /// The families fitted unless others are named: the regular ones (lognormal, gamma, weibull,
    /// normal). Triangular and PERT are fitted when asked for, where the quantity has natural bounds:
    /// their ends are estimated from the sample's extremes, a non-regular problem in which the
    /// likelihood, and so AIC, favours them on small samples whatever the data's true family.
    /// </summary>
    public static IReadOnlyList<FitFamily> Default { get; } = [.. All.Where(f => f.IsRegular)];

    /// <summary>The families named in a comma-separated list such as "lognormal,gamma" (each once).</summary>
    /// <exception cref="ArgumentException">A name is unknown, repeated, or the list is empty.</exception>
    public static IReadOnlyList<FitFamily> Parse(string list)
    {
        Preconditions.NotNull(list);
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new ArgumentException("the family list is empty; name one or more of " + Known + ".", nameof(list));
        }

        var families = new List<FitFamily>();
        foreach (var name in names)
        {
            var family = All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"unknown family \"{name}\"; the families are {Known}.", nameof(list));
            if (families.Contains(family))
            {
                throw new ArgumentException($"the family \"{family.Name}\" is named twice.", nameof(list));
            }

            families.Add(family);
        }

        return families;
    }

    private static string Known => string.Join(", ", All.Select(f => f.Name));
}
