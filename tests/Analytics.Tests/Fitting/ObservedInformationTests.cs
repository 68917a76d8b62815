using Analytics.Fitting;

namespace Analytics.Tests.Fitting;

public class ObservedInformationTests
{
    private static readonly double[] Data = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, sd (divisor n) 2

    private static double NormalLogLikelihood(double[] theta)
        => Data.Sum(x => -Math.Log(theta[1]) - (0.5 * Math.Log(2 * Math.PI)) - ((x - theta[0]) * (x - theta[0]) / (2 * theta[1] * theta[1])));

    [Fact]
    public void Covariance_NormalAtItsMaximum_SigmaSquaredOverNAndOver2N()
    {
        // The normal's information at the MLE is diag(n/σ², 2n/σ²): variances 4/8 = 0.5 and 4/16 = 0.25, no covariance.
        var covariance = ObservedInformation.Covariance(NormalLogLikelihood, [5, 2])!;
        Assert.Equal(0.5, covariance[0, 0], 1e-6);
        Assert.Equal(0.25, covariance[1, 1], 1e-6);
        Assert.Equal(0, covariance[0, 1], 1e-6);
        Assert.Equal(covariance[0, 1], covariance[1, 0]);
    }

    [Fact]
    public void Covariance_Quadratic_InverseOfItsMatrix()
    {
        // ln L = −(a x² + 2 b x y + c y²)/2 has information [[a, b], [b, c]]; with a = 2, b = 1, c = 3
        // its inverse is [[3, −1], [−1, 2]] / 5.
        static double LogLikelihood(double[] t) => -((2 * t[0] * t[0]) + (2 * t[0] * t[1]) + (3 * t[1] * t[1])) / 2;
        var covariance = ObservedInformation.Covariance(LogLikelihood, [0, 0])!;
        Assert.Equal(0.6, covariance[0, 0], 1e-6);
        Assert.Equal(-0.2, covariance[0, 1], 1e-6);
        Assert.Equal(0.4, covariance[1, 1], 1e-6);
    }

    [Fact]
    public void Covariance_AtAMinimum_Null() => Assert.Null(ObservedInformation.Covariance(t => t[0] * t[0], [0]));

    [Fact]
    public void Covariance_FlatLikelihood_Null() => Assert.Null(ObservedInformation.Covariance(_ => 1.0, [3, 4]));

    [Fact]
    public void Covariance_NotFiniteNearby_Null()
        => Assert.Null(ObservedInformation.Covariance(t => t[0] > 1 ? double.NegativeInfinity : -(t[0] * t[0]), [1]));

    [Fact]
    public void DeltaMethod_SumOfIndependentParameters_SquareRootOfTheVarianceSum()
    {
        var covariance = ObservedInformation.Covariance(NormalLogLikelihood, [5, 2])!;
        Assert.Equal(Math.Sqrt(0.5 + 0.25), ObservedInformation.DeltaMethod(t => t[0] + t[1], [5, 2], covariance), 1e-6);
    }

    [Fact]
    public void DeltaMethod_Square_TwiceTheValueTimesTheError()
    {
        // g = μ²: g' = 2μ = 10, so SE(g) = 10 · sqrt(0.5).
        var covariance = ObservedInformation.Covariance(NormalLogLikelihood, [5, 2])!;
        Assert.Equal(10 * Math.Sqrt(0.5), ObservedInformation.DeltaMethod(t => t[0] * t[0], [5, 2], covariance), 1e-5);
    }

    [Fact]
    public void DeltaMethod_Constant_Zero()
    {
        var covariance = ObservedInformation.Covariance(NormalLogLikelihood, [5, 2])!;
        Assert.Equal(0, ObservedInformation.DeltaMethod(_ => 7.0, [5, 2], covariance));
    }
}
