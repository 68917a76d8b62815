using Analytics.Export;
using Analytics.Planning;
using Analytics.Planning.Generation;
using Analytics.TestSupport;

namespace Analytics.Tests.Planning.Generation;

public class CustomerListGeneratorTests
{
    private static readonly IReadOnlyList<Customer> Customers = CustomerListGenerator.Generate(new CustomerListSpec(), CustomerListGenerator.ShippedSeed);

    [Fact]
    public void Generate_DefaultSpec_SeedTotals()
    {
        Assert.Equal(200, Customers.Count);
        var due = Customers.Where(c => c.IsDueIn(2026)).ToArray();
        Assert.Equal(60, due.Length);
        Assert.Equal(20, due.Count(c => c.Tier == CustomerTier.A));
        Assert.Equal(25, due.Count(c => c.Tier == CustomerTier.B));
        Assert.Equal(15, due.Count(c => c.Tier == CustomerTier.C));
        Assert.Equal(1200m, due.Sum(c => c.RenewalOrder)); // 20 x 30 + 25 x 18 + 15 x 10
    }

    [Fact]
    public void Generate_DefaultSpec_ExactIndustryAndRegionCounts()
    {
        Assert.Equal(90, Customers.Count(c => c.IndustryId == "3c"));
        Assert.Equal(50, Customers.Count(c => c.IndustryId == "lithium"));
        Assert.Equal(60, Customers.Count(c => c.IndustryId == "packaging"));
        // 90 x 0.55 = 49.5 and 90 x 0.45 = 40.5: equal remainders, the larger share gets the unit.
        Assert.Equal(50, Customers.Count(c => c is { IndustryId: "3c", RegionId: "south" }));
        Assert.Equal(33, Customers.Count(c => c is { IndustryId: "packaging", RegionId: "north" }));
    }

    [Fact]
    public void Generate_NotDue_RenewInALaterYearWithinOneCycle()
        => Assert.All(Customers.Where(c => !c.IsDueIn(2026)), c => Assert.InRange(c.RenewalYear, 2027, 2026 + c.RenewalCycleYears - 1));

    [Fact]
    public void Generate_NamesUnique() => Assert.Equal(Customers.Count, Customers.Select(c => c.NameZh).Distinct().Count());

    [Fact]
    public void Generate_SameSeed_SameList()
        => Assert.Equal(Customers.Select(c => c.NameZh), CustomerListGenerator.Generate(new CustomerListSpec(), CustomerListGenerator.ShippedSeed).Select(c => c.NameZh));

    [Fact]
    public void Generate_OtherSeed_OtherList()
        => Assert.NotEqual(Customers.Select(c => c.NameZh), CustomerListGenerator.Generate(new CustomerListSpec(), 7).Select(c => c.NameZh));

    [Fact]
    public void Generate_ShippedFile_IsExactlyTheGeneratorsOutput()
    {
        // Guards data/plc-2026/customers.csv against hand edits that would drift from its documented generator.
        using var stream = new MemoryStream();
        CustomerCsv.Write(stream, Customers);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.ShippedPlan, "customers.csv")), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Generate_InconsistentSpec_Throws()
        => Assert.Throws<ArgumentException>(() => CustomerListGenerator.Generate(new CustomerListSpec { IndustryCounts = new Dictionary<string, int> { ["3c"] = 10 } }, 1));
}
