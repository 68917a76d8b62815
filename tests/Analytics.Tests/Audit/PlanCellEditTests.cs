using System.Globalization;
using Analytics.Audit;
using Analytics.Planning;
using Analytics.TestSupport;

namespace Analytics.Tests.Audit;

public class PlanCellEditTests
{
    private static readonly SalesPlan Plan = Plans.Shipped;

    [Fact]
    public void QuarterMonthly_OneThirdOf1400_RoundedToCentsAndApplied()
    {
        var edit = PlanCellEdit.QuarterMonthly(4, 1400m / 3);
        Assert.Equal(("phasing.csv", "Q4", "monthly_amount"), (edit.File, edit.Row, edit.Column));
        Assert.Equal(466.67m, edit.Value);
        Assert.Equal("466.67", edit.ValueText);
        Assert.Equal("phasing.csv Q4 monthly_amount = 466.67", edit.ToString());
        var changed = edit.Apply(Plan);
        Assert.Equal(466.67m, changed.Phasing[3].MonthlyAmount);
        Assert.Equal(0.28m, changed.Phasing[3].Share);
        Assert.Equal(600m, Plan.Phasing[3].MonthlyAmount);
    }

    [Fact]
    public void QuarterShare_Q1_AppliedToQ1Only()
    {
        var changed = PlanCellEdit.QuarterShare(1, 0.2m).Apply(Plan);
        Assert.Equal([0.2m, 0.24m, 0.30m, 0.28m], changed.Phasing.Select(q => q.Share));
    }

    [Fact]
    public void Fact_AmountKey_WrittenAsTheAuditWritesAmounts()
    {
        var edit = PlanCellEdit.Fact("budget_total", 0.05m * 5000m); // 250.00: scale 2
        Assert.Equal("250", edit.ValueText);
        Assert.Equal(250m, edit.Apply(Plan).Facts.BudgetTotal);
    }

    [Fact]
    public void Fact_FractionKey_WrittenAsGiven()
    {
        var edit = PlanCellEdit.Fact("budget_ratio", 0.0520m);
        Assert.Equal("0.0520", edit.ValueText);
        Assert.Equal(0.052m, edit.Apply(Plan).Facts.BudgetRatio);
    }

    [Fact]
    public void Fact_EveryShippedFactSetToItsOwnValue_FactsUnchanged()
    {
        // Each key of facts.csv is one the edit knows, and sets the fact it names.
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.ShippedPlan, "facts.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(20, rows.Length);
        foreach (var row in rows)
        {
            var value = decimal.Parse(row[1], CultureInfo.InvariantCulture);
            Assert.Equal(Plan.Facts, PlanCellEdit.Fact(row[0], value).Apply(Plan).Facts);
        }
    }

    [Theory]
    [InlineData("existing_customers", 210, 210)]
    [InlineData("renewal_due_customers", 55, 55)]
    [InlineData("plan_year", 2027, 2027)]
    public void Fact_CountKeys_SetAsWholeNumbers(string key, int value, int expected)
    {
        var facts = PlanCellEdit.Fact(key, value).Apply(Plan).Facts;
        Assert.Equal(expected, key switch { "existing_customers" => facts.ExistingCustomers, "renewal_due_customers" => facts.RenewalDueCustomers, _ => facts.PlanYear });
    }

    [Fact]
    public void Fact_FractionalCount_Throws()
        => Assert.Throws<ArgumentException>(() => PlanCellEdit.Fact("existing_customers", 200.5m).Apply(Plan));

    [Fact]
    public void Fact_UnknownKey_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanCellEdit.Fact("budget", 1m).Apply(Plan));
        Assert.Contains("unknown fact \"budget\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fact_OutOfRange_ThrowsLikeTheConstructor()
        => Assert.ThrowsAny<ArgumentException>(() => PlanCellEdit.Fact("renewal_due_customers", 300m).Apply(Plan));

    [Fact]
    public void TargetShareAndAmount_Applied()
    {
        var share = PlanCellEdit.TargetShare("repurchase", 0.3600m);
        Assert.Equal("0.3600", share.ValueText);
        Assert.Equal(0.36m, share.Apply(Plan).Target("repurchase").Share);
        var amount = PlanCellEdit.TargetAmount("new_customers", 2250.004m);
        Assert.Equal(2250m, amount.Value);
        Assert.Equal(2250m, amount.Apply(Plan).Target("new_customers").Amount);
    }

    [Fact]
    public void TargetAmount_UnknownTarget_Throws()
        => Assert.Throws<KeyNotFoundException>(() => PlanCellEdit.TargetAmount("nowhere", 1m).Apply(Plan));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void QuarterMonthly_NoSuchQuarter_Throws(int quarter)
        => Assert.Throws<ArgumentOutOfRangeException>(() => PlanCellEdit.QuarterMonthly(quarter, 1m));
}
