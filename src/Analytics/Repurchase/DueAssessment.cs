using System.Globalization;
using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Repurchase;

/// <summary>
/// Who is due for renewal in a year, derived from install years and a <see cref="WeibullLife"/>
/// instead of taken on trust ("60 of our 200 customers are due"): each customer's probability of
/// replacing within the year, the expected number due overall and by tier, and the customers most
/// likely to be due.
/// </summary>
public sealed record DueAssessment
{
    private DueAssessment(int year, IReadOnlyList<DueCustomer> customers)
    {
        Year = year;
        Customers = customers;
        ExpectedDue = customers.Sum(c => c.Probability);
        ExpectedDueByTier = Enum.GetValues<CustomerTier>()
            .ToDictionary(t => t, t => customers.Where(c => c.Customer.Tier == t).Sum(c => c.Probability));

        // Due customers are a sum of independent Bernoulli draws: variance sum q (1 - q).
        DueStandardDeviation = Math.Sqrt(customers.Sum(c => c.Probability * (1.0 - c.Probability)));
    }

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>Every customer with its probability of replacement, most likely first (ties by id).</summary>
    public IReadOnlyList<DueCustomer> Customers { get; }

    /// <summary>The expected number of customers replacing this year: sum of q.</summary>
    public double ExpectedDue { get; }

    /// <summary>The standard deviation of the number replacing: sqrt(sum q (1 - q)).</summary>
    public double DueStandardDeviation { get; }

    /// <summary>The expected number replacing, by tier (every tier present, 0 when it has no customer).</summary>
    public IReadOnlyDictionary<CustomerTier, double> ExpectedDueByTier { get; }

    /// <summary>The customers whose probability is at least <paramref name="threshold"/>.</summary>
    /// <param name="threshold">A probability in [0, 1]; default 0.5.</param>
    public IReadOnlyList<DueCustomer> Likely(double threshold = 0.5)
    {
        Preconditions.Probability(threshold);
        return Customers.Where(c => c.Probability >= threshold).ToArray();
    }

    /// <summary>Assesses <paramref name="customers"/> in <paramref name="year"/>.</summary>
    /// <param name="customers">The customer list; ids unique; install years &lt;= year; not empty.</param>
    /// <param name="life">The replacement cycle.</param>
    /// <param name="year">The year assessed.</param>
    public static DueAssessment Of(IReadOnlyList<InstalledCustomer> customers, WeibullLife life, int year)
    {
        Preconditions.NotEmpty(customers);
        Preconditions.NotNull(life);
        Preconditions.UniqueKeys(customers, x => x.Id);

        var future = customers.FirstOrDefault(c => c.InstallYear > year);
        if (future is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(customers), string.Create(CultureInfo.InvariantCulture, $"customer \"{future.Id}\" must have an install year <= {year}; was {future.InstallYear}."));
        }

        var due = customers
            .Select(c => new DueCustomer(c, year - c.InstallYear, life.ReplacementProbability(year - c.InstallYear)))
            .OrderByDescending(d => d.Probability)
            .ThenBy(d => d.Customer.Id, StringComparer.Ordinal)
            .ToArray();
        return new DueAssessment(year, due);
    }
}
