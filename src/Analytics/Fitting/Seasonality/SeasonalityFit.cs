using Analytics.Common;
using Analytics.History;
using MathNet.Numerics;

namespace Analytics.Fitting.Seasonality;

/// <summary>
/// How the year's sales spread over its months, fitted across complete years: each year's twelve
/// monthly shares are taken as one draw of a Dirichlet(κ m_1, ..., κ m_12) and (m, κ) are found by
/// maximum likelihood with Minka's (2000) fixed point, α_k ← ψ⁻¹(ψ(Σ α) + mean over years of ln share_k).
/// m are the monthly shares the scenario's <c>phasing</c> section takes ("months") and κ its
/// <c>concentration</c> (a month of share w then varies with sd sqrt(w(1 − w)/(κ + 1)) from year to
/// year). A mean share's 95% interval is m ± 1.96 sqrt(m(1 − m)/((κ + 1) Y)) over Y years; κ's
/// standard error comes from the Dirichlet's Fisher information.
/// </summary>
/// <param name="Group">The business line, or "all".</param>
/// <param name="Years">The complete years fitted, ascending.</param>
/// <param name="Shares">Each year's observed monthly shares (12 per year).</param>
/// <param name="Months">The fitted monthly shares m (12, adding up to 1).</param>
/// <param name="Concentration">The fitted concentration κ.</param>
/// <param name="ConcentrationStandardError">κ's standard error (Fisher information).</param>
/// <param name="Sources">The rows fitted.</param>
public sealed record SeasonalityFit(
    string Group,
    IReadOnlyList<int> Years,
    IReadOnlyList<IReadOnlyList<double>> Shares,
    IReadOnlyList<double> Months,
    double Concentration,
    double ConcentrationStandardError,
    IReadOnlyList<SourceLocation> Sources)
{
    /// <summary>The group's name when the history does not split by line.</summary>
    public const string AllGroup = "all";

    /// <summary>Fewest complete years: two, to see any variation between years.</summary>
    public const int MinimumYears = 2;

    // Beyond this κ the shares are the same every year: there is no concentration to estimate.
    private const double MaxConcentration = 1e7;

    /// <summary>The half-width of a mean share's 95% interval: 1.96 sqrt(m(1 − m)/((κ + 1) Y)).</summary>
    public double HalfWidth95(int month)
    {
        Preconditions.InRange(month, 1, 12);
        var m = Months[month - 1];
        return MonteCarlo.Z95 * Math.Sqrt(m * (1 - m) / ((Concentration + 1) * Years.Count));
    }

    /// <summary>
    /// The monthly shares rounded to four decimals by largest remainder, so that they add up to exactly 1
    /// as the scenario's <c>phasing</c> section requires.
    /// </summary>
    public IReadOnlyList<decimal> RoundedMonths()
        => Decomposition.Allocation.LargestRemainder(1m, [.. Months.Select(m => (decimal)m)], 0.0001m);

    /// <summary>The <c>months</c> list as the scenario writes it, e.g. <c>[0.0601, 0.0598, ...]</c>.</summary>
    public string MonthsJson => "[" + string.Join(", ", RoundedMonths().Select(m => m.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    /// <summary>One line for a labelled assumption.</summary>
    public string Summary()
        => $"{Group}: Dirichlet maximum likelihood over {FitText.Whole(Years.Count)} years ({FitText.Whole(Years[0])}-{FitText.Whole(Years[^1])}); quarters {string.Join("/", Enumerable.Range(0, 4).Select(q => FitText.Fixed(100 * (Months[3 * q] + Months[(3 * q) + 1] + Months[(3 * q) + 2]), 1)))}%, concentration {FitText.Significant(Concentration)} (se {FitText.Significant(ConcentrationStandardError)})";

    /// <summary>
    /// One fit per line, lines in order of first appearance, then one for all lines together (their
    /// sales summed month by month) when there are several; one for all when no row names a line.
    /// </summary>
    /// <exception cref="ArgumentException">A line has fewer than <see cref="MinimumYears"/> complete years, a month without sales, or shares that never vary.</exception>
    public static IReadOnlyList<SeasonalityFit> ByLine(IReadOnlyList<MonthlySales> sales)
    {
        Preconditions.NotEmpty(sales);
        var lines = sales.GroupBy(s => s.Line ?? AllGroup, StringComparer.Ordinal).ToArray();
        var fits = lines.Select(g => Fit(g.Key, [.. g])).ToList();
        if (lines.Length > 1)
        {
            var total = sales.GroupBy(s => (s.Year, s.Month))
                .Where(m => m.Count() == lines.Length)
                .Select(m => new MonthlySales(m.Key.Year, m.Key.Month, null, m.Sum(s => s.Amount), m.First().Source))
                .ToArray();
            fits.Add(Fit(AllGroup, total) with { Sources = [.. sales.Select(s => s.Source)] });
        }

        return fits;
    }

    /// <summary>Fits one line's months.</summary>
    /// <param name="group">The line's name.</param>
    /// <param name="sales">Its months; only years with all twelve are used.</param>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumYears"/> complete years, a month without sales, or shares that never vary.</exception>
    public static SeasonalityFit Fit(string group, IReadOnlyList<MonthlySales> sales)
    {
        Preconditions.NotBlank(group);
        Preconditions.NotNull(sales);
        var years = sales.GroupBy(s => s.Year).Where(y => y.Select(s => s.Month).Distinct().Count() == 12).OrderBy(y => y.Key).ToArray();
        if (years.Length < MinimumYears)
        {
            throw new ArgumentException($"sales of {group} must cover at least {FitText.Whole(MinimumYears)} complete years (all twelve months) to estimate how the months vary; they cover {FitText.Whole(years.Length)}.", nameof(sales));
        }

        var shares = new List<IReadOnlyList<double>>();
        foreach (var year in years)
        {
            var amounts = year.OrderBy(s => s.Month).Select(s => s.Amount).ToArray();
            var total = amounts.Sum();
            var empty = year.FirstOrDefault(s => s.Amount == 0);
            if (empty is not null)
            {
                throw new ArgumentException($"sales of {group} are 0 in {FitText.Whole(empty.Year)}-{empty.Month:00} ({empty.Source}); a Dirichlet share must be > 0 (leave out the line, or a year that had no sales in a month).", nameof(sales));
            }

            shares.Add([.. amounts.Select(a => (double)(a / total))]);
        }

        var alpha = MaximumLikelihood(shares, group);
        var concentration = alpha.Sum();
        // Var(κ̂) = 1' I⁻¹ 1 with I = Y (diag ψ'(α) − ψ'(κ) 11'): by Sherman-Morrison, S / (Y (1 − ψ'(κ) S)), S = Σ 1/ψ'(α_k).
        var s = alpha.Sum(a => 1 / Trigamma.Of(a));
        var variance = s / (shares.Count * (1 - (Trigamma.Of(concentration) * s)));
        return new SeasonalityFit(
            group,
            [.. years.Select(y => y.Key)],
            shares,
            [.. alpha.Select(a => a / concentration)],
            concentration,
            Math.Sqrt(Math.Max(0, variance)),
            [.. years.SelectMany(y => y.OrderBy(s => s.Month).Select(s => s.Source))]);
    }

    private static double[] MaximumLikelihood(List<IReadOnlyList<double>> shares, string group)
    {
        var meanLog = Enumerable.Range(0, 12).Select(k => shares.Average(y => Math.Log(y[k]))).ToArray();
        var mean = Enumerable.Range(0, 12).Select(k => shares.Average(y => y[k])).ToArray();
        // Start from the moments: Var(p_k) = m_k (1 − m_k)/(κ + 1), pooled over the months.
        var spread = Enumerable.Range(0, 12).Sum(k => shares.Sum(y => (y[k] - mean[k]) * (y[k] - mean[k])) / Math.Max(1, shares.Count - 1));
        var start = spread > 0 ? Math.Max(1, (mean.Sum(m => m * (1 - m)) / spread) - 1) : MaxConcentration;
        var alpha = mean.Select(m => m * Math.Min(start, MaxConcentration / 10)).ToArray();
        for (var iteration = 0; iteration < 200_000; iteration++)
        {
            var total = SpecialFunctions.DiGamma(alpha.Sum());
            var next = meanLog.Select(l => SpecialFunctions.DiGammaInv(total + l)).ToArray();
            var change = next.Zip(alpha, (n, a) => Math.Abs(n - a) / a).Max();
            alpha = next;
            if (alpha.Sum() > MaxConcentration)
            {
                break;
            }

            if (change < 1e-12)
            {
                return alpha;
            }
        }

        throw new ArgumentException($"sales of {group} have almost the same monthly shares every year, so their year-to-year concentration cannot be estimated (it runs off to infinity); leave out the concentration or add years.", "sales");
    }
}
