using MathNet.Numerics.LinearAlgebra;

namespace Analytics.Fitting;

/// <summary>
/// Standard errors from the observed information: the inverse of minus the numerical Hessian of a
/// log-likelihood at its maximum (central differences), and for quantities derived from the
/// parameters, the delta method with a numerical gradient.
/// </summary>
internal static class ObservedInformation
{
    /// <summary>The covariance of the estimate, or null when minus the Hessian is not positive definite (a maximum on a boundary, or a flat likelihood).</summary>
    /// <param name="logLikelihood">The log-likelihood as a function of the parameters.</param>
    /// <param name="theta">The maximum-likelihood estimate.</param>
    public static Matrix<double>? Covariance(Func<double[], double> logLikelihood, double[] theta)
    {
        var k = theta.Length;
        var h = theta.Select(t => 1e-4 * Math.Max(Math.Abs(t), 1e-3)).ToArray();
        double At(int i, double di, int j, double dj)
        {
            var p = (double[])theta.Clone();
            p[i] += di;
            p[j] += dj;
            return logLikelihood(p);
        }

        var centre = logLikelihood(theta);
        var information = Matrix<double>.Build.Dense(k, k);
        for (var i = 0; i < k; i++)
        {
            information[i, i] = -(At(i, h[i], i, 0) - (2 * centre) + At(i, -h[i], i, 0)) / (h[i] * h[i]);
            for (var j = 0; j < i; j++)
            {
                var cross = (At(i, h[i], j, h[j]) - At(i, h[i], j, -h[j]) - At(i, -h[i], j, h[j]) + At(i, -h[i], j, -h[j])) / (4 * h[i] * h[j]);
                information[i, j] = information[j, i] = -cross;
            }
        }

        if (!information.Enumerate().All(double.IsFinite))
        {
            return null;
        }

        return information.Evd(Symmetricity.Symmetric).EigenValues.All(e => e.Real > 0) ? information.Inverse() : null;
    }

    /// <summary>The standard error of g(θ) by the delta method, sqrt(∇g' Σ ∇g).</summary>
    public static double DeltaMethod(Func<double[], double> g, double[] theta, Matrix<double> covariance)
    {
        var gradient = Vector<double>.Build.Dense(theta.Length);
        for (var i = 0; i < theta.Length; i++)
        {
            var h = 1e-6 * Math.Max(Math.Abs(theta[i]), 1e-3);
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[i] += h;
            down[i] -= h;
            gradient[i] = (g(up) - g(down)) / (2 * h);
        }

        return Math.Sqrt(Math.Max(0, gradient * (covariance * gradient)));
    }
}
