using Analytics.Loading;

namespace Analytics.Tests.Loading;

public sealed class PlanFilesTests
{
    [Theory]
    [InlineData("targets.csv", "targets")]
    [InlineData("channel_partners.csv", "channel_partners")]
    [InlineData("roles.csv", "roles")]
    public void TableName_AFile_ItsNameWithoutCsv(string file, string expected) => Assert.Equal(expected, PlanFiles.TableName(file));

    [Fact]
    public void SchemaOf_EveryPlanFile_ItsOwnSchema()
    {
        Assert.Same(PlanFiles.TargetsSchema, PlanFiles.SchemaOf(PlanFiles.Targets));
        Assert.Same(PlanFiles.RolesSchema, PlanFiles.SchemaOf(PlanFiles.Roles));
        Assert.Equal(16, PlanFiles.All.Concat(PlanFiles.Optional).Select(PlanFiles.SchemaOf).Distinct().Count());
        Assert.Throws<KeyNotFoundException>(() => PlanFiles.SchemaOf("scenario.json"));
    }

    [Fact]
    public void Numbers_EveryNumberColumn_IsAColumnOfItsSchema()
    {
        foreach (var file in PlanFiles.All.Concat(PlanFiles.Optional))
        {
            var schema = PlanFiles.SchemaOf(file);
            Assert.All(schema.Numbers, n => Assert.Contains(n, schema.All));
        }
    }

    [Fact]
    public void Numbers_TheTargetsAndCustomers_TheirAmountsSharesCountsAndYears()
    {
        Assert.Equal(["amount", "share", "last_year"], PlanFiles.TargetsSchema.Numbers);
        Assert.Equal(["install_year", "renewal_cycle_years", "renewal_order"], PlanFiles.CustomersSchema.Numbers);
        Assert.Empty(PlanFiles.PeopleSchema.Numbers);
    }
}
