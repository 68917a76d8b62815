using MathNet.Numerics.LinearAlgebra;

namespace Analytics.Simulation.Correlation;

/// <summary>
/// Linear algebra for correlation matrices: the Cholesky factor, Higham's (2002) nearest
/// correlation matrix as the repair of a matrix that is not positive definite, and the
/// conversions between Spearman's rho and the Pearson correlation of normal scores.
/// </summary>
public static class CorrelationMatrix
{
    /// <summary>Smallest eigenvalue a repaired matrix keeps, so its Cholesky factor is well conditioned.</summary>
    public const double MinimumEigenvalue = 1e-6;

    /// <summary>The Pearson correlation of bivariate normals whose Spearman rho is <paramref name="rho"/>: 2 sin(π ρ / 6).</summary>
    public static double PearsonFromSpearman(double rho) => 2 * Math.Sin(Math.PI * rho / 6);

    /// <summary>The Spearman rho of bivariate normals with Pearson correlation <paramref name="r"/>: (6/π) asin(r / 2).</summary>
    public static double SpearmanFromPearson(double r) => 6 / Math.PI * Math.Asin(r / 2);

    /// <summary>The lower Cholesky factor L with L Lᵀ = <paramref name="matrix"/>, or null when the matrix is not (numerically) positive definite.</summary>
    public static double[,]? Cholesky(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.GetLength(0);
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 1e-12))
                    {
                        return null;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return l;
    }

    /// <summary>
    /// The correlation matrix nearest to <paramref name="matrix"/> (Frobenius norm) whose eigenvalues
    /// are at least <see cref="MinimumEigenvalue"/>: Higham's alternating projections with Dykstra's
    /// correction, between the matrices with unit diagonal and those with eigenvalues above the floor.
    /// </summary>
    public static double[,] NearestPositiveDefinite(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.GetLength(0);
        var y = Matrix<double>.Build.DenseOfArray(matrix);
        var correction = Matrix<double>.Build.Dense(n, n);
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var r = y - correction;
            var x = ClipEigenvalues(r);
            correction = x - r;
            var next = x.Clone();
            for (var i = 0; i < n; i++)
            {
                next[i, i] = 1;
            }

            var change = (next - y).FrobeniusNorm();
            y = next;
            if (change < 1e-12 && Cholesky(y.ToArray()) is not null)
            {
                break;
            }
        }

        // Unit diagonal can push an eigenvalue back under the floor: one last clip and rescale.
        var clipped = ClipEigenvalues(y);
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = i == j ? 1 : clipped[i, j] / Math.Sqrt(clipped[i, i] * clipped[j, j]);
            }
        }

        return result;
    }

    private static Matrix<double> ClipEigenvalues(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Map(v => Math.Max(v.Real, MinimumEigenvalue));
        return evd.EigenVectors * Matrix<double>.Build.DenseOfDiagonalVector(values) * evd.EigenVectors.Transpose();
    }
}
