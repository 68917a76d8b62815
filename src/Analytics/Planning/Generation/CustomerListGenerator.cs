using Analytics.Decomposition;
using Analytics.Simulation.Random;

namespace Analytics.Planning.Generation;

/// <summary>
/// Generates a fictitious but consistent list of existing customers from a seed: the seed
/// document gives only totals (200 customers, 60 due, about 1200 萬元 of renewal potential), and
/// the models need individual customers with a tier, industry, region and install year. The
/// same spec and seed always give the same list (the shipped file is checked against it).
/// </summary>
public static class CustomerListGenerator
{
    /// <summary>The seed the shipped data/plc-2026/customers.csv was generated with.</summary>
    public const ulong ShippedSeed = 2026;

    private static readonly string[] Words =
    [
        "華創", "精工", "恒達", "新科", "宏遠", "力拓", "聯興", "智達", "凱盛", "遠航", "鼎新", "博瑞", "眾合", "德信", "恒通", "瑞豐",
        "天成", "海川", "金泰", "永信", "銳捷", "啟明", "興業", "昌盛", "華泰", "中科", "創源", "睿智", "東方", "長青",
    ];

    private static readonly Dictionary<(string Industry, string Region), string[]> Cities = new()
    {
        [("3c", "south")] = ["深圳", "東莞", "惠州", "廣州"],
        [("3c", "east")] = ["蘇州", "昆山", "無錫", "上海"],
        [("lithium", "central")] = ["宜春", "贛州", "南昌"],
        [("lithium", "southwest")] = ["成都", "遂寧", "宜賓"],
        [("lithium", "south")] = ["肇慶", "惠州", "東莞"],
        [("packaging", "north")] = ["青島", "濰坊", "濟南", "臨沂"],
        [("packaging", "central")] = ["鄭州", "洛陽", "新鄉"],
    };

    private static readonly Dictionary<string, string[]> Suffixes = new()
    {
        ["3c"] = ["電子設備", "智能裝備", "精密電子"],
        ["lithium"] = ["鋰電設備", "新能源裝備", "電池裝備"],
        ["packaging"] = ["包裝機械", "包裝設備", "機械製造"],
    };

    /// <summary>Generates the list for <paramref name="spec"/> from <paramref name="seed"/>, ordered by id (C001, C002, ...).</summary>
    public static IReadOnlyList<Customer> Generate(CustomerListSpec spec, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var rng = new Xoshiro256StarStar(seed);

        // Industry and region of each slot: exact counts, then shuffled.
        var places = new List<(string Industry, string Region)>();
        foreach (var (industry, count) in spec.IndustryCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var mix = spec.RegionMix[industry];
            var byRegion = Allocation.LargestRemainder(count, mix.Select(m => m.Share).ToArray());
            for (var r = 0; r < mix.Count; r++)
            {
                places.AddRange(Enumerable.Repeat((industry, mix[r].Region), byRegion[r]));
            }
        }

        Shuffle(places, ref rng);

        // Tiers in exact counts; within each tier, exactly the due count is due this year.
        var tiers = new List<(CustomerTier Tier, bool Due)>();
        foreach (var tier in Enum.GetValues<CustomerTier>())
        {
            var n = spec.TierCounts.TryGetValue(tier, out var c) ? c : 0;
            var due = spec.DueCounts.TryGetValue(tier, out var d) ? d : 0;
            tiers.AddRange(Enumerable.Range(0, n).Select(i => (tier, i < due)));
        }

        Shuffle(tiers, ref rng);

        var names = new HashSet<string>(StringComparer.Ordinal);
        var customers = new List<Customer>(spec.Total);
        for (var i = 0; i < spec.Total; i++)
        {
            var (industry, region) = places[i];
            var (tier, due) = tiers[i];
            var cycle = spec.CycleYears[industry];

            // Due customers installed exactly one cycle ago; the others renew 1..cycle-1 years later.
            var install = spec.PlanYear - cycle + (due ? 0 : 1 + NextInt(ref rng, cycle - 1));
            customers.Add(new Customer(
                $"C{(i + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture)}",
                UniqueName(industry, region, spec, names, ref rng),
                tier,
                industry,
                region,
                install,
                cycle,
                spec.RenewalOrders[tier],
                Common.SourceLocation.None));
        }

        return customers;
    }

    private static string UniqueName(string industry, string region, CustomerListSpec spec, HashSet<string> taken, ref Xoshiro256StarStar rng)
    {
        var cities = Cities.TryGetValue((industry, region), out var list) ? list : [spec.PlaceNames.TryGetValue(region, out var place) ? place : "華夏"];
        var suffixes = Suffixes.TryGetValue(industry, out var s) ? s : ["工業"];
        for (var attempt = 0; ; attempt++)
        {
            var name = cities[NextInt(ref rng, cities.Length)] + Words[NextInt(ref rng, Words.Length)] + suffixes[NextInt(ref rng, suffixes.Length)] + "有限公司";
            if (attempt > 50)
            {
                name = name.Insert(name.Length - 4, (attempt - 50).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>Fisher-Yates shuffle with an unbiased bounded draw.</summary>
    private static void Shuffle<T>(List<T> items, ref Xoshiro256StarStar rng)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = NextInt(ref rng, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A uniform integer in [0, n) by rejection (no modulo bias).</summary>
    /// <remarks>
    /// Not <c>UniformInteger.Below</c>: that maps a word to [0, n) by its high bits (Lemire), this by
    /// its remainder, so it would generate another list than the shipped data/plc-2026/customers.csv.
    /// </remarks>
    private static int NextInt(ref Xoshiro256StarStar rng, int n)
    {
        var bound = (ulong)n;
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong x;
        do
        {
            x = rng.NextUInt64();
        }
        while (x >= limit);
        return (int)(x % bound);
    }
}
