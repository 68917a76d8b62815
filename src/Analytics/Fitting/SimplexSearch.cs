using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Analytics.Fitting;

/// <summary>
/// Nelder-Mead minimisation (MathNet's simplex) from several starting points, keeping the best: for
/// likelihoods without closed-form scores, searched on transformed parameters so that every point
/// of the search is a valid model.
/// </summary>
internal static class SimplexSearch
{
    /// <summary>The best minimum of <paramref name="f"/> found from <paramref name="starts"/>.</summary>
    /// <param name="f">The function; return <see cref="double.MaxValue"/> outside the region searched (a wall).</param>
    /// <param name="starts">Starting points, all of one length.</param>
    /// <param name="step">The initial simplex's step in every coordinate.</param>
    /// <exception cref="NonConvergenceException">No start converged.</exception>
    public static double[] Minimize(Func<double[], double> f, IEnumerable<double[]> starts, double step = 0.5)
    {
        var objective = ObjectiveFunction.Value(v => f([.. v]));
        double[]? best = null;
        var bestValue = double.PositiveInfinity;
        string? failure = null;
        foreach (var start in starts)
        {
            try
            {
                var result = NelderMeadSimplex.Minimum(objective, Vector<double>.Build.Dense(start), Vector<double>.Build.Dense(start.Length, step), 1e-11, 20_000);
                var point = result.MinimizingPoint.ToArray();
                var value = f(point);
                if (value < bestValue)
                {
                    (best, bestValue) = (point, value);
                }
            }
            catch (MaximumIterationsException e)
            {
                failure = e.Message;
            }
        }

        return best ?? throw new NonConvergenceException("the likelihood search did not converge: " + failure);
    }
}
