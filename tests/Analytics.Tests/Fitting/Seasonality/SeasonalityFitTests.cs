using Analytics.Common;
using Analytics.Fitting.Seasonality;
using Analytics.History;
using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;

namespace Analytics.Tests.Fitting.Seasonality;

public class SeasonalityFitTests
{
    private static IEnumerable<MonthlySales> Year(int year, params decimal[] amounts)
        => amounts.Select((a, m) => new MonthlySales(year, m + 1, null, a, SourceLocation.None));

    [Fact]
    public void Fit_TwoYears_MomentsByHand()
    {
        // Year 1: January 20 of 130, the other months 10; year 2: February 20 of 130. Shares 2/13 and 1/13:
        // m_Jan = m_Feb = 3/26, the rest 2/26. Sample variances (divisor Y − 1 = 1): Jan and Feb 2·(1/26)²,
        // the rest 0, so Σ s² = 4/676; Σ m(1 − m) = (2·3·23 + 10·2·24)/676 = 618/676; κ = 618/4 − 1 = 153.5.
        decimal[] y1 = [20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
        decimal[] y2 = [10, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
        var fit = SeasonalityFit.Fit("all", [.. Year(2024, y1), .. Year(2025, y2)], bootstrap: 50);
        Assert.Equal(3 / 26.0, fit.Months[0], 12);
        Assert.Equal(2 / 26.0, fit.Months[5], 12);
        Assert.Equal(153.5, fit.Concentration, 9);
        Assert.Equal([2024, 2025], fit.Years);
        Assert.Equal(1m, fit.RoundedMonths().Sum());
        // The 95% interval: m ± 1.96 sqrt(m(1 − m)/((κ + 1) Y)).
        var half = 1.959963984540054 * Math.Sqrt(3 / 26.0 * 23 / 26.0 / (154.5 * 2));
        Assert.Equal(3 / 26.0 - half, fit.Lower95(1), 12);
        Assert.Equal(3 / 26.0 + half, fit.Upper95(1), 12);
    }

    [Fact]
    public void Fit_YearsDrawnFromAKnownDirichlet_RecoveredWithinFourStandardErrors()
    {
        // 400 years of shares from Dirichlet(30 · m), m the plan's quarters spread over their months.
        double[] m = [.. new[] { 0.18, 0.24, 0.30, 0.28 }.SelectMany(q => Enumerable.Repeat(q / 3, 3))];
        var rng = new Xoshiro256StarStar(5);
        var sales = new List<MonthlySales>();
        for (var y = 0; y < 400; y++)
        {
            var g = m.Select(w => Gamma.SampleStandard(ref rng, 30 * w)).ToArray();
            sales.AddRange(Year(1900 + y, [.. g.Select(v => (decimal)Math.Round(v / g.Sum() * 1e6, 2))]));
        }

        var fit = SeasonalityFit.Fit("all", sales, bootstrap: 200);
        Assert.True(Math.Abs(fit.Concentration - 30) <= 4 * fit.ConcentrationStandardError, $"κ {fit.Concentration} (se {fit.ConcentrationStandardError})");
        for (var k = 1; k <= 12; k++)
        {
            // The 95% interval is ±1.96 se: 4 se is about twice its half-width.
            var halfWidth = (fit.Upper95(k) - fit.Lower95(k)) / 2;
            Assert.True(Math.Abs(fit.Months[k - 1] - m[k - 1]) <= 4 / 1.96 * halfWidth, $"month {k}: {fit.Months[k - 1]} vs {m[k - 1]}");
        }
    }

    [Fact]
    public void Fit_AMonthWithoutSales_Fitted()
    {
        decimal[] y1 = [0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10];
        decimal[] y2 = [5, 10, 10, 12, 10, 10, 10, 10, 10, 9, 10, 10];
        var fit = SeasonalityFit.Fit("all", [.. Year(2024, y1), .. Year(2025, y2)], bootstrap: 20);
        Assert.True(fit.Concentration > 0);
        Assert.Equal(5 / 116.0 / 2, fit.Months[0], 12);   // January: 0 of 110, then 5 of 116
        Assert.InRange(fit.Lower95(1), 0, fit.Months[0]);
    }

    [Fact]
    public void Fit_Bootstrap_ReproducibleFromItsSeed()
    {
        decimal[] y1 = [20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11];
        decimal[] y2 = [10, 20, 10, 10, 9, 10, 10, 10, 10, 10, 10, 10];
        var a = SeasonalityFit.Fit("all", [.. Year(2024, y1), .. Year(2025, y2)], 100, 3);
        var b = SeasonalityFit.Fit("all", [.. Year(2024, y1), .. Year(2025, y2)], 100, 3);
        var c = SeasonalityFit.Fit("all", [.. Year(2024, y1), .. Year(2025, y2)], 100, 4);
        Assert.Equal(a.ConcentrationStandardError, b.ConcentrationStandardError);
        Assert.NotEqual(a.ConcentrationStandardError, c.ConcentrationStandardError);
    }

    [Theory]
    [InlineData(1, "at least 2 complete years")]
    [InlineData(2, "the same monthly shares every year")]
    public void Fit_UnusableYears_SaysWhy(int years, string fragment)
    {
        var sales = Enumerable.Range(2020, years).SelectMany(y => Year(y, [.. Enumerable.Repeat(10m, 12)])).ToArray();
        Assert.Contains(fragment, Assert.Throws<ArgumentException>(() => SeasonalityFit.Fit("all", sales)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByLine_SeveralLines_EachAndAllTogether()
    {
        MonthlySales S(int year, int month, string line, decimal amount) => new(year, month, line, amount, SourceLocation.None);
        var sales = from y in new[] { 2024, 2025 } from m in Enumerable.Range(1, 12) from line in new[] { "a", "b" } select S(y, m, line, 10 + (m == y - 2023 ? 5 : 0) + (line == "b" && m == 12 ? y - 2020 : 0));
        var fits = SeasonalityFit.ByLine([.. sales], 20);
        Assert.Equal(["a", "b", "all"], fits.Select(f => f.Group));
        Assert.Equal(24, fits[^1].Shares.Sum(s => s.Count));
    }

    [Fact]
    public void RoundedMonths_LargestRemainder_AddUpToExactlyOne()
    {
        decimal[] y1 = [7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47];
        decimal[] y2 = [8, 11, 13, 16, 19, 23, 30, 31, 36, 41, 44, 47];
        var fit = SeasonalityFit.Fit("all", [.. Year(2024, y1), .. Year(2025, y2)], bootstrap: 10);
        var rounded = fit.RoundedMonths();
        Assert.Equal(1m, rounded.Sum());
        Assert.All(rounded.Zip(fit.Months), p => Assert.True(Math.Abs((double)p.First - p.Second) < 0.0001));
        Assert.StartsWith("[0.0", fit.MonthsJson, StringComparison.Ordinal);
    }
}
