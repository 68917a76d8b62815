using Analytics.Simulation.Correlation;

namespace Analytics.Tests.Simulation.Correlation;

public class CorrelationMatrixTests
{
    [Fact]
    public void Cholesky_KnownMatrix_FactorReproducesIt()
    {
        double[,] m = { { 4, 2 }, { 2, 3 } };
        var l = CorrelationMatrix.Cholesky(m)!;
        Assert.Equal(2, l[0, 0], 1e-15);
        Assert.Equal(1, l[1, 0], 1e-15);
        Assert.Equal(Math.Sqrt(2), l[1, 1], 1e-15);
        Assert.Equal(0, l[0, 1]);
    }

    [Fact]
    public void Cholesky_NotPositiveDefinite_Null()
        => Assert.Null(CorrelationMatrix.Cholesky(new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } }));

    [Fact]
    public void NearestPositiveDefinite_ImpossibleMatrix_UnitDiagonalPositiveDefiniteAndClose()
    {
        double[,] m = { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } };
        var repaired = CorrelationMatrix.NearestPositiveDefinite(m);
        Assert.NotNull(CorrelationMatrix.Cholesky(repaired));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, repaired[i, i], 1e-12);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(repaired[i, j], repaired[j, i], 1e-12);
                Assert.InRange(repaired[i, j], -1, 1);
            }
        }

        // Symmetric problem, symmetric answer: the two 0.9s shrink equally, the −0.9 too.
        Assert.Equal(repaired[0, 1], repaired[0, 2], 1e-9);
        Assert.True(repaired[0, 1] < 0.9 && repaired[1, 2] > -0.9);
    }

    [Fact]
    public void NearestPositiveDefinite_AlreadyValid_Unchanged()
    {
        double[,] m = { { 1, 0.3 }, { 0.3, 1 } };
        Assert.Equal(0.3, CorrelationMatrix.NearestPositiveDefinite(m)[0, 1], 1e-9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(-0.8)]
    [InlineData(1.0)]
    public void SpearmanPearson_Conversions_AreInverse(double rho)
    {
        Assert.Equal(rho, CorrelationMatrix.SpearmanFromPearson(CorrelationMatrix.PearsonFromSpearman(rho)), 1e-12);
        Assert.Equal(1.0, CorrelationMatrix.PearsonFromSpearman(1.0), 1e-15); // 2 sin(π/6) = 1
    }
}
