using Analytics.Common;
using Analytics.Export;
using Analytics.Planning;

namespace Analytics.Tests.Export;

public class CustomerCsvTests
{
    private static string Written(IEnumerable<Customer> customers)
    {
        using var stream = new MemoryStream();
        CustomerCsv.Write(stream, customers);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Write_TwoCustomers_HeaderAndOneInvariantRowEach()
    {
        var text = Written(
        [
            new Customer("c001", "華南電子", CustomerTier.A, "3c", "south", 2021, 5, 30m, SourceLocation.None),
            new Customer("c002", "北方包裝", CustomerTier.C, "packaging", "north", 2019, 7, 12.5m, SourceLocation.None),
        ]);
        Assert.Equal(
            "id,name_zh,tier,industry,region,install_year,renewal_cycle_years,renewal_order\n"
            + "c001,華南電子,A,3c,south,2021,5,30\n"
            + "c002,北方包裝,C,packaging,north,2019,7,12.5\n",
            text);
    }

    [Fact]
    public void Write_FormulaLikeName_Neutralised()
        => Assert.EndsWith(",\"'=1+1\",B,3c,south,2020,4,18\n", Written([new Customer("c9", "=1+1", CustomerTier.B, "3c", "south", 2020, 4, 18m, SourceLocation.None)]), StringComparison.Ordinal);

    [Fact]
    public void Write_NoCustomers_HeaderOnly()
        => Assert.Equal("id,name_zh,tier,industry,region,install_year,renewal_cycle_years,renewal_order\n", Written([]));
}
