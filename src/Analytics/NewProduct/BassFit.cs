using System.Globalization;
using Analytics.Common;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Analytics.NewProduct;

/// <summary>
/// A <see cref="BassDiffusion"/> fitted to an <see cref="AdoptionSeries"/> by nonlinear least squares on
/// the adopters per period, n_i ~ m (F(i + 1) - F(i)) (Srinivasan and Mason 1986), which, unlike
/// Bass's own OLS on the discrete form, uses the exact interval model and gives standard errors.
/// For given p and q the best m is linear least squares, so only (ln p, ln q) are searched
/// (Nelder-Mead, started from Bass's OLS estimate and from typical values); standard errors
/// are the usual asymptotic ones, s^2 (J'J)^-1 with s^2 = SSE / (n - 3).
/// </summary>
/// <param name="Model">The fitted model (p, q, m).</param>
/// <param name="SumOfSquares">SSE: the sum of squared residuals, adopters^2.</param>
/// <param name="RSquared">1 - SSE / total sum of squares about the mean.</param>
/// <param name="PStandardError">The asymptotic standard error of p.</param>
/// <param name="QStandardError">The asymptotic standard error of q.</param>
/// <param name="MStandardError">The asymptotic standard error of m.</param>
/// <param name="Data">The series fitted.</param>
public sealed record BassFit(
    BassDiffusion Model,
    double SumOfSquares,
    double RSquared,
    double PStandardError,
    double QStandardError,
    double MStandardError,
    AdoptionSeries Data)
{
    /// <summary>Fewest periods to fit three parameters and still estimate the residual variance.</summary>
    public const int MinimumPeriods = 4;

    // Beyond these the search has run off to a boundary: the data do not pin the curve down.
    private const double MinLog = -18.0;
    private const double MaxLog = 3.0;
    private const double MaxPotentialOverObserved = 1000.0;
    private const int SearchIterations = 20_000;

    /// <summary>Fits the Bass model to <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumPeriods"/> periods, or no adopter at all.</exception>
    /// <exception cref="NonConvergenceException">The least-squares search has no interior minimum or failed.</exception>
    public static BassFit Fit(AdoptionSeries data)
    {
        Preconditions.NotNull(data);
        if (data.Periods < MinimumPeriods)
        {
            throw new ArgumentException($"data must hold at least {MinimumPeriods.ToString(CultureInfo.InvariantCulture)} periods to fit p, q and m; it holds {data.Periods.ToString(CultureInfo.InvariantCulture)}.", nameof(data));
        }

        if (data.Adopters.Count(n => n > 0) < 2)
        {
            throw new ArgumentException("data must show adopters in at least two periods; a single burst fits any curve.", nameof(data));
        }

        var n = data.Adopters;
        // Outside the box the curve is degenerate (overflow, all adoption in period 0): a wall keeps the simplex in.
        var scale = n.Sum(v => v * v);
        var wall = scale * 10.0;
        // Nelder-Mead stops on a relative change of the value; for data the curve fits almost exactly
        // (SSE near 0) that asks for precision below rounding noise and never ends. The constant offset
        // turns it into an absolute tolerance of about 1e-12 of the data's sum of squares.
        var objective = ObjectiveFunction.Value(x => scale + (InBox(x) ? Profile(Math.Exp(x[0]), Math.Exp(x[1]), n).Sse : wall));
        var found = StartingPoints(n).Select(s => Search(objective, s)).OfType<Vector<double>>().ToList();
        if (found.Count == 0)
        {
            throw new NonConvergenceException($"the least-squares search did not converge in {SearchIterations.ToString(CultureInfo.InvariantCulture)} iterations from any starting point");
        }

        var best = found.MinBy(x => Profile(Math.Exp(x[0]), Math.Exp(x[1]), n).Sse)!;

        var (p, q) = (Math.Exp(best[0]), Math.Exp(best[1]));
        var (m, sse) = Profile(p, q, n);
        if (best[0] < MinLog + 1 || best[0] > MaxLog - 1 || best[1] > MaxLog - 1 || m > MaxPotentialOverObserved * data.Total)
        {
            throw new NonConvergenceException(string.Create(
                CultureInfo.InvariantCulture,
                $"the least-squares search ran to the edge of the parameter space (p = {p:G4}, q = {q:G4}, m = {m:G4}): the series does not show enough of an S-curve (a rise and the start of a slowdown) to estimate the market potential"));
        }

        // q -> 0 is a legitimate edge (pure innovation, no imitation): report it as 0.
        if (best[1] < MinLog + 1)
        {
            q = 0.0;
        }

        var model = new BassDiffusion(p, q, m);
        var mean = n.Average();
        var sst = n.Sum(v => (v - mean) * (v - mean));
        var (seP, seQ, seM) = StandardErrors(model, n, sse);
        return new BassFit(model, sse, sst > 0 ? 1.0 - (sse / sst) : 1.0, seP, seQ, seM, data);
    }

    /// <summary>The fitted adopters per period, m (F(i + 1) - F(i)), for the data's periods and <paramref name="extraPeriods"/> more.</summary>
    /// <param name="extraPeriods">Periods to project beyond the data, in [0, 1000]; default 0.</param>
    public IReadOnlyList<double> Fitted(int extraPeriods = 0)
    {
        Preconditions.InRange(extraPeriods, 0, 1000);
        return Enumerable.Range(0, Data.Periods + extraPeriods).Select(Model.PeriodAdopters).ToArray();
    }

    private static bool InBox(Vector<double> x) => x[0] >= MinLog && x[0] <= MaxLog && x[1] >= MinLog && x[1] <= MaxLog;

    /// <summary>For given p and q, the least-squares m and the resulting SSE.</summary>
    private static (double M, double Sse) Profile(double p, double q, IReadOnlyList<double> n)
    {
        var shape = new BassDiffusion(p, q, 1.0);
        double gn = 0, gg = 0;
        var g = new double[n.Count];
        for (var i = 0; i < n.Count; i++)
        {
            g[i] = shape.FractionAt(i + 1.0) - shape.FractionAt(i);
            gn += g[i] * n[i];
            gg += g[i] * g[i];
        }

        var m = gg > 0 ? gn / gg : 0.0;
        if (!(m > 0) || !double.IsFinite(m))
        {
            return (0.0, n.Sum(v => v * v));
        }

        var sse = 0.0;
        for (var i = 0; i < n.Count; i++)
        {
            var r = n[i] - (m * g[i]);
            sse += r * r;
        }

        return (m, sse);
    }

    /// <summary>Bass's OLS estimate (n_t = a + b N_{t-1} + c N_{t-1}^2) when it gives valid values, and typical durable-goods values.</summary>
    private static IEnumerable<Vector<double>> StartingPoints(IReadOnlyList<double> n)
    {
        yield return Vector<double>.Build.Dense([Math.Log(0.03), Math.Log(0.38)]);
        yield return Vector<double>.Build.Dense([Math.Log(0.01), Math.Log(0.1)]);

        var design = Matrix<double>.Build.Dense(n.Count, 3);
        var cumulative = 0.0;
        for (var t = 0; t < n.Count; t++)
        {
            design[t, 0] = 1.0;
            design[t, 1] = cumulative;
            design[t, 2] = cumulative * cumulative;
            cumulative += n[t];
        }

        Vector<double> coefficients;
        try
        {
            coefficients = design.QR().Solve(Vector<double>.Build.DenseOfEnumerable(n));
        }
        catch (ArgumentException)
        {
            yield break;
        }

        var (a, b, c) = (coefficients[0], coefficients[1], coefficients[2]);
        var discriminant = (b * b) - (4 * a * c);
        if (c < 0 && a > 0 && discriminant > 0)
        {
            var m = (-b - Math.Sqrt(discriminant)) / (2 * c);
            var (p, q) = (a / m, -c * m);
            if (m > 0 && p > 0 && q > 0)
            {
                yield return Vector<double>.Build.Dense([Math.Log(p), Math.Log(q)]);
            }
        }
    }

    /// <summary>The simplex's minimum from <paramref name="start"/>, or null when it does not converge (another start may).</summary>
    private static Vector<double>? Search(IObjectiveFunction objective, Vector<double> start)
    {
        try
        {
            return NelderMeadSimplex.Minimum(objective, start, Vector<double>.Build.Dense([0.5, 0.5]), 1e-12, SearchIterations).MinimizingPoint;
        }
        catch (MaximumIterationsException)
        {
            return null;
        }
    }

    /// <summary>sqrt of the diagonal of s^2 (J'J)^-1, J the Jacobian of the fitted values in (p, q, m).</summary>
    private static (double P, double Q, double M) StandardErrors(BassDiffusion model, IReadOnlyList<double> n, double sse)
    {
        var jacobian = Matrix<double>.Build.Dense(n.Count, 3);
        var hp = 1e-6 * model.P;
        var hq = 1e-6 * Math.Max(model.Q, 1e-3);
        var pUp = new BassDiffusion(model.P + hp, model.Q, model.M);
        var pDown = new BassDiffusion(model.P - hp, model.Q, model.M);
        var qUp = new BassDiffusion(model.P, model.Q + hq, model.M);
        var qDown = new BassDiffusion(model.P, Math.Max(0.0, model.Q - hq), model.M);
        var qStep = qUp.Q - qDown.Q;
        for (var i = 0; i < n.Count; i++)
        {
            jacobian[i, 0] = (pUp.PeriodAdopters(i) - pDown.PeriodAdopters(i)) / (2 * hp);
            jacobian[i, 1] = (qUp.PeriodAdopters(i) - qDown.PeriodAdopters(i)) / qStep;
            jacobian[i, 2] = model.PeriodAdopters(i) / model.M;
        }

        var information = jacobian.TransposeThisAndMultiply(jacobian);
        if (information.Determinant() <= 0)
        {
            throw new NonConvergenceException("the fitted curve does not determine p, q and m separately (the Jacobian is singular)");
        }

        var covariance = information.Inverse() * (sse / (n.Count - 3));
        if (!(covariance[0, 0] >= 0 && covariance[1, 1] >= 0 && covariance[2, 2] >= 0))
        {
            throw new NonConvergenceException("the estimated covariance of p, q and m is not positive (the fit is numerically unstable)");
        }

        return (Math.Sqrt(covariance[0, 0]), Math.Sqrt(covariance[1, 1]), Math.Sqrt(covariance[2, 2]));
    }
}
