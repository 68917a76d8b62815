using Analytics.Fitting.Distributions;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class FitFamilyTests
{
    /// <summary>A one-parameter family written here, to test what every family inherits: θ = (mean) of an exponential.</summary>
    private sealed class Exponential : FitFamily
    {
        public override string Name => "exponential";

        public override IReadOnlyList<string> ParameterNames { get; } = ["mean"];

        public override bool RequiresPositive => true;

        public override string Method => "the sample mean";

        public override double[] Estimate(IReadOnlyList<double> sorted) => [sorted.Average()];

        public override double LogDensity(double[] theta, double x) => x >= 0 ? -Math.Log(theta[0]) - (x / theta[0]) : double.NegativeInfinity;

        public override Distribution Build(double[] theta) => new Gamma(1, theta[0]);
    }

    private static readonly Exponential Family = new();

    [Fact]
    public void LogLikelihood_SumOfTheLogDensities()
    {
        // Mean 2 over 1, 2, 3: 3 (−ln 2) − (1 + 2 + 3)/2.
        Assert.Equal((-3 * Math.Log(2)) - 3, Family.LogLikelihood([2], [1, 2, 3]), 13);
    }

    [Fact]
    public void LogLikelihood_NoData_Zero() => Assert.Equal(0, Family.LogLikelihood([2], []));

    [Fact]
    public void LogLikelihood_ValueOutsideTheSupport_NegativeInfinity()
        => Assert.Equal(double.NegativeInfinity, Family.LogLikelihood([2], [1, -1]));

    [Fact]
    public void LogLikelihood_NullData_Throws() => Assert.Throws<ArgumentNullException>(() => Family.LogLikelihood([2], null!));

    [Fact]
    public void Snippet_ThetaUnderItsOwnNames() => Assert.Equal("{ \"dist\": \"exponential\", \"mean\": 2.5 }", Family.Snippet([2.5]));

    [Fact]
    public void Reported_ThetaUnderItsOwnNames() => Assert.Equal([("mean", 2.5)], Family.Reported([2.5]));

    [Fact]
    public void SnippetOrReported_NullTheta_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Family.Snippet(null!));
        Assert.Throws<ArgumentNullException>(() => Family.Reported(null!));
    }

    [Fact]
    public void Defaults_RegularWithOneParameterNamedByItsName()
    {
        Assert.True(Family.IsRegular);
        Assert.Equal(1, Family.ParameterCount);
        Assert.Equal("exponential", Family.ToString());
    }

    [Fact]
    public void ParameterCount_ShippedFamilies_LengthOfTheirNames()
    {
        Assert.Equal(2, new GammaFamily().ParameterCount);
        Assert.Equal(3, new PertFamily().ParameterCount);
    }
}
