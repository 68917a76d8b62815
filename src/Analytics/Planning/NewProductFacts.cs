using Analytics.Common;

namespace Analytics.Planning;

/// <summary>
/// What the plan states about one new-product line (a row of products.csv, or the facts.csv keys
/// when the plan has exactly one new-product line and no products.csv row for it).
/// </summary>
public sealed record NewProductFacts
{
    /// <summary>Creates validated facts.</summary>
    /// <param name="lineId">The new-product line they describe.</param>
    /// <param name="marginUplift">The product's gross margin above the old products, fraction points in [0, 1] (0.15 = 15 points).</param>
    /// <param name="benchmarkProspects">Benchmark accounts targeted with the product, &gt;= 0.</param>
    /// <param name="benchmarkFollowersMin">Fewest followers one benchmark win brings, &gt;= 0.</param>
    /// <param name="benchmarkFollowersMax">Most followers one benchmark win brings, &gt;= <paramref name="benchmarkFollowersMin"/>.</param>
    /// <param name="firstMonth">The earliest month (1-12) the product can sell, or null when it sells from January.</param>
    /// <param name="source">Where the facts were read (the products.csv row, or facts.csv).</param>
    public NewProductFacts(string lineId, decimal marginUplift, int benchmarkProspects, int benchmarkFollowersMin, int benchmarkFollowersMax, int? firstMonth, SourceLocation source)
    {
        LineId = Preconditions.NotBlank(lineId);
        MarginUplift = Preconditions.Share(marginUplift);
        BenchmarkProspects = Preconditions.NonNegative(benchmarkProspects);
        BenchmarkFollowersMin = Preconditions.NonNegative(benchmarkFollowersMin);
        BenchmarkFollowersMax = Preconditions.InRange(benchmarkFollowersMax, benchmarkFollowersMin, int.MaxValue);
        FirstMonth = firstMonth is { } m ? Preconditions.InRange(m, 1, 12) : null;
        Source = source ?? SourceLocation.None;
    }

    /// <summary>The new-product line.</summary>
    public string LineId { get; }

    /// <summary>Gross-margin advantage over the old products, fraction points.</summary>
    public decimal MarginUplift { get; }

    /// <summary>Benchmark prospects targeted with the product.</summary>
    public int BenchmarkProspects { get; }

    /// <summary>Fewest followers a benchmark win brings.</summary>
    public int BenchmarkFollowersMin { get; }

    /// <summary>Most followers a benchmark win brings.</summary>
    public int BenchmarkFollowersMax { get; }

    /// <summary>The earliest month (1-12) the product can sell; null: from January.</summary>
    public int? FirstMonth { get; }

    /// <summary>Where the facts were read.</summary>
    public SourceLocation Source { get; }
}
