using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Repurchase;

/// <summary>An existing customer and the year its current equipment was installed.</summary>
public sealed record InstalledCustomer
{
    /// <summary>Creates a validated customer record.</summary>
    /// <param name="id">The customer's identifier; not blank.</param>
    /// <param name="tier">Its value tier.</param>
    /// <param name="industry">Its industry, e.g. "3C electronics"; not blank.</param>
    /// <param name="region">Its region, e.g. "珠三角"; not blank.</param>
    /// <param name="installYear">The year its current equipment was installed, in [1950, 2200].</param>
    public InstalledCustomer(string id, CustomerTier tier, string industry, string region, int installYear)
    {
        Id = Preconditions.NotBlank(id);
        Tier = Enum.IsDefined(tier) ? tier : throw new ArgumentOutOfRangeException(nameof(tier), $"tier must be A, B or C; was {(int)tier}.");
        Industry = Preconditions.NotBlank(industry);
        Region = Preconditions.NotBlank(region);
        InstallYear = CalendarYears.Check(installYear);
    }

    /// <summary>The customer's identifier.</summary>
    public string Id { get; }

    /// <summary>Its value tier.</summary>
    public CustomerTier Tier { get; }

    /// <summary>Its industry.</summary>
    public string Industry { get; }

    /// <summary>Its region.</summary>
    public string Region { get; }

    /// <summary>The year its current equipment was installed.</summary>
    public int InstallYear { get; }

    /// <summary>The customer as the plan's customer list records it (the fixed renewal cycle is left out: the Weibull cycle replaces it).</summary>
    public static InstalledCustomer From(Customer customer)
    {
        Preconditions.NotNull(customer);
        return new InstalledCustomer(customer.Id, customer.Tier, customer.IndustryId, customer.RegionId, customer.InstallYear);
    }
}
