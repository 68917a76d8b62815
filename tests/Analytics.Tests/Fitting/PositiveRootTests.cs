using Analytics.Fitting;
using MathNet.Numerics;

namespace Analytics.Tests.Fitting;

public class PositiveRootTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(1e-6)]
    [InlineData(1e6)]
    public void Find_IncreasingFunction_RootFromAnyStart(double start)
        => Assert.Equal(Math.Sqrt(2), PositiveRoot.Find(x => (x * x) - 2, start), 1e-11);

    [Fact]
    public void Find_DecreasingFunction_Root() => Assert.Equal(4, PositiveRoot.Find(x => (1 / x) - 0.25, 1), 1e-10);

    [Fact]
    public void Find_RootAtTheStart_TheStart() => Assert.Equal(3, PositiveRoot.Find(x => x - 3, 3));

    [Fact]
    public void Find_TinyRoot_RelativeAccuracy()
    {
        var root = PositiveRoot.Find(x => Math.Log(x) + 20, 1); // e^(−20) ≈ 2.06e-9
        Assert.Equal(Math.Exp(-20), root, 1e-10 * Math.Exp(-20) * 100);
    }

    [Fact]
    public void Find_NoSignChange_NonConvergenceSayingWhere()
    {
        var e = Assert.Throws<NonConvergenceException>(() => PositiveRoot.Find(x => x + 1, 1));
        Assert.StartsWith("no root between", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_RootBeyondTheSearch_NonConvergence()
        => Assert.Throws<NonConvergenceException>(() => PositiveRoot.Find(x => x - 1e40, 1));
}
