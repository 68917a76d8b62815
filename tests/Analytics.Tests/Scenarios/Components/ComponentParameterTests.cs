using Analytics.Repurchase;
using Analytics.Scenarios.Components;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Scenarios.Components;

public class ComponentParameterTests
{
    [Fact]
    public void IsCount_CountOrValueDistribution()
    {
        var pool = new OrderPool("r.p", new Poisson(5), new Constant(2));
        var means = ComponentCatalog.Of(pool)!.MovableMeans(pool);
        Assert.Equal([true, false], means.Select(m => m.IsCount));
        Assert.True(new ComponentParameter("n", new DiscreteUniform(1, 3), (c, _) => c).IsCount);
        Assert.False(new ComponentParameter("v", new Normal(1, 1), (c, _) => c).IsCount);
    }
}
