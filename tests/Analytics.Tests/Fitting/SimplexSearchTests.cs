using Analytics.Fitting;
using MathNet.Numerics;

namespace Analytics.Tests.Fitting;

public class SimplexSearchTests
{
    [Fact]
    public void Minimize_Rosenbrock_TheMinimumAtOneOne()
    {
        static double Rosenbrock(double[] p) => ((1 - p[0]) * (1 - p[0])) + (100 * (p[1] - (p[0] * p[0])) * (p[1] - (p[0] * p[0])));
        var best = SimplexSearch.Minimize(Rosenbrock, [[-1.2, 1]]);
        Assert.Equal(1, best[0], 1e-4);
        Assert.Equal(1, best[1], 1e-4);
    }

    [Fact]
    public void Minimize_TwoValleys_TheDeeperFromSeveralStarts()
    {
        // (x² − 1)² + 0.3x has a shallow valley near x = 1 and a deeper one near x = −1.
        static double F(double[] p) => ((p[0] * p[0]) - 1) * ((p[0] * p[0]) - 1) + (0.3 * p[0]);
        var fromRight = SimplexSearch.Minimize(F, [[1.2]], step: 0.1);
        var fromBoth = SimplexSearch.Minimize(F, [[1.2], [-1.2]], step: 0.1);
        Assert.True(fromRight[0] > 0);
        Assert.True(fromBoth[0] < 0);
        Assert.True(F(fromBoth) < F(fromRight));
    }

    [Fact]
    public void Minimize_WallOutsideTheRegion_StaysInside()
    {
        // The minimum of (x − 2)² lies outside x <= 1: the wall keeps the search at the edge.
        var best = SimplexSearch.Minimize(p => p[0] > 1 ? double.MaxValue : (p[0] - 2) * (p[0] - 2), [[0.0]], step: 0.25);
        Assert.InRange(best[0], 0.99, 1);
    }

    [Fact]
    public void Minimize_NoStarts_NonConvergence()
        => Assert.Throws<NonConvergenceException>(() => SimplexSearch.Minimize(p => p[0] * p[0], []));
}
