using Analytics.Interactive.Tables;
using Analytics.Loading;
using Analytics.Market;
using Analytics.NewProduct;
using Analytics.Planning;
using Analytics.Repurchase;
using Analytics.TestSupport;

namespace Analytics.Interactive.Tests.Tables;

public class ModelTablesTests
{
    private static readonly Dictionary<CustomerTier, double> Reference = new() { [CustomerTier.A] = 0.8, [CustomerTier.B] = 0.6, [CustomerTier.C] = 0.4 };

    [Fact]
    public void ShareNeeded_SeedRange_HoldShareSalesAndShareGain()
    {
        var frame = ModelTables.ShareNeeded(ShareRequirement.Over(3800m, 0.023m, 5000m, 0.15m, 0.20m, steps: 5));
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal(4370m, frame["holdShareSales"][0]);
        Assert.Equal(630m, frame["leftToShareGain"][0]);
        Assert.Equal(440m, frame["leftToShareGain"][5]);
    }

    [Fact]
    public void Tiers_ShippedCustomers_PotentialAndExpectedByTier()
    {
        var frame = ModelTables.Tiers(RenewalOutlook.Of(DueTiers.Of(Shipped.Plan.Customers, 2026, Reference)));
        Assert.Equal(["A", "B", "C"], frame["tier"].Cast<string>());
        Assert.Equal([600m, 450m, 150m], frame["potential"].Cast<decimal?>().Select(v => v!.Value));
        Assert.Equal([480m, 270m, 60m], frame["expected"].Cast<decimal?>().Select(v => v!.Value));
    }

    [Fact]
    public void DueByTier_Assessment_CountsAndExpectedDueAddUp()
    {
        var life = WeibullLife.FromMean(7, 4);
        var assessment = DueAssessment.Of(Shipped.Plan.Customers.Select(InstalledCustomer.From).ToArray(), life, 2026);
        var frame = ModelTables.DueByTier(assessment);
        Assert.Equal([40, 80, 80], frame["customers"].Cast<int?>().Select(v => v!.Value));
        Assert.Equal(assessment.ExpectedDue, frame["expectedDue"].Cast<double?>().Sum()!.Value, 1e-9);
    }

    [Fact]
    public void Replacements_Projection_YearsFromTheFirst()
    {
        var frame = ModelTables.Replacements([3.5, 4.25], 2026);
        Assert.Equal([2026, 2027], frame["year"].Cast<int?>().Select(v => v!.Value));
        Assert.Equal(4.25, frame["expectedReplacements"][1]);
    }

    [Fact]
    public void Retention_FaderHardieFit_ObservedWhereTheDataHasThem()
    {
        var fit = ShiftedBetaGeometricFit.Fit(CohortSurvivalCsv.Load(RepoPaths.Data("fits", "retention-example.csv")));
        var frame = ModelTables.Retention(fit.Project(9));
        Assert.Equal(9, frame.Rows.Count);
        Assert.Equal(631, frame["observedAlive"][0]);
        Assert.Null(frame["observedAlive"][8]);
        Assert.Equal(fit.Model.Retention(1), frame["retention"][0]);
    }

    [Fact]
    public void ContractRevenue_Cohort_ContractsAndFeesEachYear()
    {
        var contracts = new MaintenanceContracts(100, 0, 10m, new ShiftedBetaGeometric(0.704, 1.182));
        var frame = ModelTables.ContractRevenue(contracts, 3);
        Assert.Equal([1, 2, 3], frame["year"].Cast<int?>().Select(v => v!.Value));
        Assert.Equal(contracts.ExpectedContracts(1), frame["expectedContracts"][0]);
        Assert.Equal(contracts.ExpectedRevenue(3)[2], frame["expectedRevenue"][2]);
    }

    [Fact]
    public void Wins_ThreeAt035_ProbabilitiesAndAtLeast()
    {
        var frame = ModelTables.Wins(BenchmarkWins.Equal(3, 0.35));
        Assert.Equal(Math.Pow(0.65, 3), (double)frame["probability"][0], 1e-12);
        Assert.Equal(1 - Math.Pow(0.65, 3), (double)frame["atLeast"][1], 1e-12);
        Assert.Equal(1.0, frame["probability"].Cast<double?>().Sum()!.Value, 1e-12);
    }

    [Fact]
    public void BassFit_Example_ObservedFittedResidualAndProjection()
    {
        var fit = BassFit.Fit(AdoptionSeriesCsv.Load(RepoPaths.Data("fits", "bass-example.csv")));
        var frame = ModelTables.BassFit(fit, extraPeriods: 2);
        Assert.Equal(14, frame.Rows.Count);
        Assert.Equal(36.0, frame["observed"][0]);
        Assert.Null(frame["observed"][13]);
        Assert.Equal((double)frame["observed"][5]! - (double)frame["fitted"][5]!, (double)frame["residual"][5]!, 1e-12);
        // The example was rounded from the model, so residuals are at most half an adopter (and the fit a little better).
        Assert.All(frame["residual"].Cast<double?>().Take(12), r => Assert.InRange(r!.Value, -0.6, 0.6));
    }
}
