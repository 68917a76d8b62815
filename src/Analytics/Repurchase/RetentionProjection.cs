namespace Analytics.Repurchase;

/// <summary>One period of a fitted or projected cohort.</summary>
/// <param name="Period">t, periods since the cohort started (&gt;= 1).</param>
/// <param name="Retention">r_t: the share of contracts alive at t - 1 that renew at t.</param>
/// <param name="Survival">S(t): the share of the original cohort alive at t.</param>
/// <param name="ExpectedAlive">n_0 S(t): contracts expected alive at t.</param>
/// <param name="ObservedAlive">The count observed at t, or null beyond the data (a projection).</param>
public sealed record RetentionProjection(int Period, double Retention, double Survival, double ExpectedAlive, int? ObservedAlive);
