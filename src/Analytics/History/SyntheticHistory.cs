using Analytics.Common;

namespace Analytics.History;

/// <summary>A company's past years as files hold them: orders, monthly sales by line, leads and wins by quarter and industry, renewals.</summary>
/// <param name="Orders">Every order, by year, month and id.</param>
/// <param name="Sales">Sales by month and line: the orders' values summed exactly.</param>
/// <param name="Leads">Leads worked and deals won by quarter and industry.</param>
/// <param name="Renewals">Customers due for renewal, by due year, and whether they renewed.</param>
public sealed record SyntheticHistory(IReadOnlyList<Order> Orders, IReadOnlyList<MonthlySales> Sales, IReadOnlyList<LeadPeriod> Leads, IReadOnlyList<RenewalOutcome> Renewals)
{
    /// <summary>The orders (not empty).</summary>
    public IReadOnlyList<Order> Orders { get; } = Preconditions.NotEmpty(Orders);

    /// <summary>Sales by month and line (not empty).</summary>
    public IReadOnlyList<MonthlySales> Sales { get; } = Preconditions.NotEmpty(Sales);

    /// <summary>Leads by quarter and industry (not empty).</summary>
    public IReadOnlyList<LeadPeriod> Leads { get; } = Preconditions.NotEmpty(Leads);

    /// <summary>Renewal outcomes (not empty).</summary>
    public IReadOnlyList<RenewalOutcome> Renewals { get; } = Preconditions.NotEmpty(Renewals);

    /// <summary>Sales of one year, 萬元.</summary>
    public decimal SalesOf(int year) => Sales.Where(s => s.Year == year).Sum(s => s.Amount);
}
