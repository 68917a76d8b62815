using System.Globalization;
using Analytics.Common;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Analytics.Repurchase;

/// <summary>
/// A <see cref="ShiftedBetaGeometric"/> fitted by maximum likelihood to a <see cref="CohortSurvival"/>:
/// LL = sum_{t=1..T} (n_{t-1} - n_t) ln P(T = t) + n_T ln S(T) (those lost in each period, and those
/// still alive at the end, right-censored). Maximised over (ln alpha, ln beta) with Nelder-Mead, so the
/// parameters stay positive; standard errors come from the observed Fisher information (the numerical
/// Hessian of LL at the maximum), transformed back by the delta method.
/// </summary>
/// <param name="Model">The fitted model (alpha, beta).</param>
/// <param name="LogLikelihood">LL at the maximum.</param>
/// <param name="AlphaStandardError">The asymptotic standard error of alpha.</param>
/// <param name="BetaStandardError">The asymptotic standard error of beta.</param>
/// <param name="Data">The cohort fitted.</param>
public sealed record ShiftedBetaGeometricFit(
    ShiftedBetaGeometric Model,
    double LogLikelihood,
    double AlphaStandardError,
    double BetaStandardError,
    CohortSurvival Data)
{
    // ln alpha or ln beta beyond this: the maximum lies on the boundary of the parameter space.
    private const double LogBound = 18.0;

    /// <summary>The log-likelihood of <paramref name="data"/> under <paramref name="model"/>.</summary>
    public static double LogLikelihoodOf(ShiftedBetaGeometric model, CohortSurvival data)
    {
        Preconditions.NotNull(model);
        Preconditions.NotNull(data);
        return LogLikelihoodOf(model.Alpha, model.Beta, data.Alive);
    }

    /// <summary>Fits the model to <paramref name="data"/>.</summary>
    /// <param name="data">At least three periods (0, 1, 2) with losses in at least two of them, or losses in one and survivors left.</param>
    /// <exception cref="ArgumentException">The data cannot identify alpha and beta (too few periods, nobody lost, or everybody lost at once).</exception>
    /// <exception cref="NonConvergenceException">The likelihood has no interior maximum (e.g. retention that does not rise with tenure) or the search failed.</exception>
    public static ShiftedBetaGeometricFit Fit(CohortSurvival data)
    {
        Preconditions.NotNull(data);
        CheckIdentifiable(data);
        var alive = data.Alive;

        // Start from a Beta with unit "sample size" whose mean matches the first period's churn.
        var firstChurn = Math.Clamp(1.0 - ((double)alive[1] / alive[0]), 0.5 / alive[0], 1.0 - (0.5 / alive[0]));
        var start = Vector<double>.Build.Dense([Math.Log(firstChurn), Math.Log(1.0 - firstChurn)]);
        // A wall at the box's edge: without it a likelihood rising towards the boundary sends the
        // simplex off for ever, and the user gets "maximum iterations" instead of the reason.
        var objective = ObjectiveFunction.Value(x => Math.Abs(x[0]) <= LogBound && Math.Abs(x[1]) <= LogBound
            ? -LogLikelihoodOf(Math.Exp(x[0]), Math.Exp(x[1]), alive)
            : double.MaxValue);

        Vector<double> best;
        try
        {
            best = NelderMeadSimplex.Minimum(objective, start, Vector<double>.Build.Dense([0.5, 0.5]), 1e-13, 20_000).MinimizingPoint;
        }
        catch (MaximumIterationsException e)
        {
            throw new NonConvergenceException("the likelihood search did not converge in 20000 iterations: " + e.Message);
        }

        if (Math.Abs(best[0]) > LogBound - 1 || Math.Abs(best[1]) > LogBound - 1)
        {
            throw new NonConvergenceException(string.Create(
                CultureInfo.InvariantCulture,
                $"the likelihood has no interior maximum (the search ran to alpha = {Math.Exp(best[0]):G4}, beta = {Math.Exp(best[1]):G4}): the observed retention does not rise with tenure as the model needs, so the churn probabilities show no heterogeneity to estimate"));
        }

        var alpha = Math.Exp(best[0]);
        var beta = Math.Exp(best[1]);
        var (seLogAlpha, seLogBeta) = LogScaleStandardErrors(best, alive);
        return new ShiftedBetaGeometricFit(new ShiftedBetaGeometric(alpha, beta), LogLikelihoodOf(alpha, beta, alive), alpha * seLogAlpha, beta * seLogBeta, data);
    }

    /// <summary>The fitted and projected cohort for periods 1 to <paramref name="lastPeriod"/>: observed where the data has them.</summary>
    /// <param name="lastPeriod">The last period to show, &gt;= 1 (e.g. the data's last period plus 5).</param>
    public IReadOnlyList<RetentionProjection> Project(int lastPeriod)
    {
        Preconditions.InRange(lastPeriod, 1, 100_000);
        return Enumerable.Range(1, lastPeriod)
            .Select(t => new RetentionProjection(
                t,
                Model.Retention(t),
                Model.Survival(t),
                Data.Size * Model.Survival(t),
                t <= Data.LastPeriod ? Data.Alive[t] : null))
            .ToArray();
    }

    private static void CheckIdentifiable(CohortSurvival data)
    {
        var alive = data.Alive;
        if (data.LastPeriod < 2)
        {
            throw new ArgumentException($"data must cover at least periods 0, 1 and 2 to separate alpha from beta; it covers 0 to {data.LastPeriod.ToString(CultureInfo.InvariantCulture)}.", nameof(data));
        }

        if (alive[^1] == alive[0])
        {
            throw new ArgumentException("data must show at least one contract lost; nobody was, so churn cannot be estimated.", nameof(data));
        }

        var periodsWithLosses = Enumerable.Range(1, data.LastPeriod).Count(t => data.Lost(t) > 0);
        if (periodsWithLosses == 1 && alive[^1] == 0)
        {
            throw new ArgumentException("data must show survivors or losses spread over more than one period; every contract was lost in the same period, which fits any churn probability of 1.", nameof(data));
        }
    }

    private static double LogLikelihoodOf(double alpha, double beta, IReadOnlyList<int> alive)
    {
        var normaliser = SpecialFunctions.BetaLn(alpha, beta);
        var ll = 0.0;
        for (var t = 1; t < alive.Count; t++)
        {
            var lost = alive[t - 1] - alive[t];
            if (lost > 0)
            {
                ll += lost * (SpecialFunctions.BetaLn(alpha + 1.0, beta + t - 1.0) - normaliser);
            }
        }

        var last = alive.Count - 1;
        if (alive[last] > 0)
        {
            ll += alive[last] * (SpecialFunctions.BetaLn(alpha, beta + last) - normaliser);
        }

        return ll;
    }

    /// <summary>Standard errors of (ln alpha, ln beta) from the inverse of the observed information, -Hessian of LL.</summary>
    private static (double LogAlpha, double LogBeta) LogScaleStandardErrors(Vector<double> at, IReadOnlyList<int> alive)
    {
        const double h = 1e-4;
        double Ll(double x, double y) => LogLikelihoodOf(Math.Exp(x), Math.Exp(y), alive);
        var (x0, y0) = (at[0], at[1]);
        var f0 = Ll(x0, y0);
        var hxx = (Ll(x0 + h, y0) - (2 * f0) + Ll(x0 - h, y0)) / (h * h);
        var hyy = (Ll(x0, y0 + h) - (2 * f0) + Ll(x0, y0 - h)) / (h * h);
        var hxy = (Ll(x0 + h, y0 + h) - Ll(x0 + h, y0 - h) - Ll(x0 - h, y0 + h) + Ll(x0 - h, y0 - h)) / (4 * h * h);

        // Information I = -H; its inverse [[a, b], [b, c]]^-1 has diagonal (c, a) / det.
        var (a, b, c) = (-hxx, -hxy, -hyy);
        var det = (a * c) - (b * b);
        if (!(a > 0 && det > 0))
        {
            throw new NonConvergenceException("the likelihood is not curved like a maximum at the estimate (the information matrix is not positive definite), so the estimate is not reliable");
        }

        return (Math.Sqrt(c / det), Math.Sqrt(a / det));
    }
}
