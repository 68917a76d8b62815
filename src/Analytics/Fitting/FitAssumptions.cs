using Analytics.Common;
using Analytics.Fitting.Distributions;
using Analytics.Fitting.Renewals;
using Analytics.Fitting.Seasonality;
using Analytics.Fitting.WinRates;
using Analytics.NewProduct;
using Analytics.Repurchase;
using Analytics.Scenarios.Editing;

namespace Analytics.Fitting;

/// <summary>
/// The one place that says what each fit writes into a scenario (<see cref="ScenarioEditor"/>) and
/// how its labelled comment reads: the value in the scenario's own syntax and "fitted from FILE rows
/// A-B: ..." with the fit's figures.
/// </summary>
public static class FitAssumptions
{
    /// <summary>A distribution fit: its scenario snippet (e.g. a lognormal's mean and cv).</summary>
    public static AssumptionValue Of(DistributionFit fit, Observations data)
    {
        Preconditions.NotNull(fit);
        Preconditions.NotNull(data);
        return new AssumptionValue(fit.Snippet, $"fitted from {data.Provenance()}: {fit.Summary()}");
    }

    /// <summary>A win rate: Beta(a, b) of the beta-binomial (a per-trial rate, as the scenario's winRate draws it).</summary>
    public static AssumptionValue Of(BetaBinomialFit fit)
    {
        Preconditions.NotNull(fit);
        return new AssumptionValue(fit.Snippet, $"fitted from {Provenance.Rows(fit.Sources)}: {fit.Summary()}");
    }

    /// <summary>A renewal probability: the tier's beta posterior.</summary>
    public static AssumptionValue Of(RenewalFit fit)
    {
        Preconditions.NotNull(fit);
        return new AssumptionValue(fit.Snippet, $"fitted from {Provenance.Rows(fit.Sources)}: {fit.Summary()}");
    }

    /// <summary>
    /// Seasonality: at a path ending in "concentration" the fitted κ; anywhere else (the <c>phasing</c>
    /// section) the twelve monthly shares as its <c>months</c>, replacing its <c>quarters</c> or <c>months</c>.
    /// </summary>
    public static AssumptionValue Of(SeasonalityFit fit, string path)
    {
        Preconditions.NotNull(fit);
        Preconditions.NotBlank(path);
        var summary = $"fitted from {Provenance.Rows(fit.Sources)}: {fit.Summary()}";
        return path.EndsWith("concentration", StringComparison.Ordinal)
            ? new AssumptionValue(ScenarioNumber.Format(fit.Concentration), summary)
            : new AssumptionValue(fit.MonthsJson, summary) { MemberKey = "months", Replaces = ["quarters", "months"] };
    }

    /// <summary>
    /// The Bass model's next period: the expected adopters of the first period after the data,
    /// m (F(T + 1) − F(T)), as a Poisson count (a count key such as <c>followers</c> or an order pool's <c>count</c>).
    /// </summary>
    public static AssumptionValue Of(BassFit fit)
    {
        Preconditions.NotNull(fit);
        var next = fit.Data.Periods;
        var expected = fit.Model.PeriodAdopters(next);
        var model = fit.Model;
        return new AssumptionValue(
            ScenarioNumber.Distribution("poisson", ("mean", expected)),
            $"fitted from {Provenance.Rows([fit.Data.Labels.Origin, fit.Data.Labels.End])} ({FitText.Whole(fit.Data.Periods)} periods, {fit.Data.Labels.Describe()}): Bass p {FitText.Significant(model.P)}, q {FitText.Significant(model.Q)}, m {FitText.Significant(model.M)} (R2 {FitText.Fixed(fit.RSquared, 4)}); adopters expected in period {FitText.Whole(fit.Data.Labels.Label(next))}: {FitText.Significant(expected)}");
    }

    /// <summary>
    /// The shifted-beta-geometric model's next renewal: among the contracts alive after the last
    /// period T, the churn probability is Beta(α, β + T), so the renewal probability at T + 1 is
    /// Beta(β + T, α), mean r_{T+1} = (β + T)/(α + β + T).
    /// </summary>
    public static AssumptionValue Of(ShiftedBetaGeometricFit fit)
    {
        Preconditions.NotNull(fit);
        var (alpha, beta) = (fit.Model.Alpha, fit.Model.Beta);
        var last = fit.Data.LastPeriod;
        return new AssumptionValue(
            ScenarioNumber.Distribution("beta", ("a", beta + last), ("b", alpha)),
            $"fitted from {Provenance.Rows([fit.Data.Labels.Origin, fit.Data.Labels.End])} ({FitText.Whole(last + 1)} periods, {fit.Data.Labels.Describe()}): shifted-beta-geometric alpha {FitText.Significant(alpha)}, beta {FitText.Significant(beta)} (LL {FitText.Fixed(fit.LogLikelihood, 1)}); renewal in period {FitText.Whole(fit.Data.Labels.Label(last + 1))}: mean {FitText.Fixed(fit.Model.Retention(last + 1), 3)}");
    }
}
