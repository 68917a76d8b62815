using Analytics.Common;

namespace Analytics.Repurchase;

/// <summary>
/// Upgrade and maintenance-package orders from the whole existing base (the seed's "維保升級套餐"):
/// customers x orders per customer a year x average order. With the reference scenario's 100 orders
/// a year at 10 萬元 this is 1000 萬元, e.g. 200 customers placing 0.5 orders each.
/// </summary>
public sealed record UpgradeOrders
{
    /// <summary>Creates validated upgrade figures.</summary>
    /// <param name="customers">Customers in the base, &gt;= 0.</param>
    /// <param name="ordersPerCustomer">Expected orders per customer a year, &gt;= 0 (Poisson rate: may exceed 1).</param>
    /// <param name="averageOrder">The mean order value, 萬元, &gt;= 0.</param>
    /// <param name="orderValueCv">The coefficient of variation of an order's value, &gt;= 0; default 0 (fixed value).</param>
    public UpgradeOrders(int customers, double ordersPerCustomer, decimal averageOrder, double orderValueCv = 0)
    {
        Customers = Preconditions.NonNegative(customers);
        OrdersPerCustomer = Preconditions.NonNegative(ordersPerCustomer);
        AverageOrder = Preconditions.NonNegative(averageOrder);
        OrderValueCv = Preconditions.NonNegative(orderValueCv);
    }

    /// <summary>Customers in the base.</summary>
    public int Customers { get; }

    /// <summary>Expected orders per customer a year.</summary>
    public double OrdersPerCustomer { get; }

    /// <summary>The mean order value, 萬元.</summary>
    public decimal AverageOrder { get; }

    /// <summary>The coefficient of variation of an order's value.</summary>
    public double OrderValueCv { get; }

    /// <summary>Expected orders a year: customers x orders per customer.</summary>
    public double ExpectedOrders => Customers * OrdersPerCustomer;

    /// <summary>Expected revenue a year, 萬元.</summary>
    public decimal ExpectedRevenue => (decimal)ExpectedOrders * AverageOrder;

    /// <summary>
    /// The standard deviation of the year's revenue when orders arrive as a Poisson count with
    /// independent values (compound Poisson): sqrt(lambda E[V^2]) = sqrt(lambda) mean sqrt(1 + cv^2), 萬元.
    /// </summary>
    public double RevenueStandardDeviation => Math.Sqrt(ExpectedOrders * (1.0 + (OrderValueCv * OrderValueCv))) * (double)AverageOrder;
}
