using Analytics.Common;
using Analytics.Scenarios;
using Analytics.Scenarios.Json;
using Analytics.Simulation.Distributions;

namespace Analytics.Tests.Scenarios;

public class DistributionSyntaxTests
{
    /// <summary>Reads the value of "x" in <c>{ "x": VALUE }</c>, written on the file's second line.</summary>
    private static Distribution Read(string value)
    {
        var root = JsonTreeReader.Parse("{\n \"x\": " + value + "\n}", "s.json");
        return DistributionSyntax.Read(root.Members[0].Value, "x", "s.json");
    }

    private static InputException Rejected(string value) => Assert.Throws<InputException>(() => Read(value));

    [Fact]
    public void Read_BareNumber_Constant()
    {
        var d = Assert.IsType<Constant>(Read("42.5"));
        Assert.Equal(42.5, d.Value);
    }

    [Fact]
    public void Read_Normal_MeanAndSd()
    {
        var d = Assert.IsType<Normal>(Read("{ \"dist\": \"normal\", \"mean\": 100, \"sd\": 15 }"));
        Assert.Equal((100, 15), (d.Location, d.Scale));
    }

    [Fact]
    public void Read_LogNormalMeanCv_MomentsAsWritten()
    {
        // mean 30, cv 0.4: sigma² = ln(1 + 0.16), mu = ln 30 − sigma²/2.
        var d = Assert.IsType<LogNormal>(Read("{ \"dist\": \"lognormal\", \"mean\": 30, \"cv\": 0.4 }"));
        Assert.Equal(Math.Sqrt(Math.Log(1.16)), d.Sigma, 12);
        Assert.Equal(Math.Log(30) - (Math.Log(1.16) / 2), d.Mu, 12);
        Assert.Equal(30, d.Mean, 10);
    }

    [Fact]
    public void Read_LogNormalMuSigma_AsGiven()
    {
        var d = Assert.IsType<LogNormal>(Read("{ \"dist\": \"lognormal\", \"mu\": 3.32, \"sigma\": 0.385 }"));
        Assert.Equal((3.32, 0.385), (d.Mu, d.Sigma));
    }

    [Fact]
    public void Read_LogNormalP10P90_QuantilesAsWritten()
    {
        var d = Read("{ \"dist\": \"lognormal\", \"p10\": 20, \"p90\": 45 }");
        Assert.Equal(20, d.InverseCdf(0.1), 9);
        Assert.Equal(45, d.InverseCdf(0.9), 9);
        // The median of a lognormal is the geometric mean of two symmetric quantiles: sqrt(20 · 45) = 30.
        Assert.Equal(30, d.InverseCdf(0.5), 9);
    }

    [Fact]
    public void Read_Pert_MeanIsMinPlusFourModePlusMaxOverSix()
        => Assert.Equal((10 + (4 * 20) + 60) / 6.0, Read("{ \"dist\": \"pert\", \"min\": 10, \"mode\": 20, \"max\": 60 }").Mean, 12);

    [Fact]
    public void Read_Triangular_MeanIsAverageOfTheThree()
        => Assert.Equal(30, Read("{ \"dist\": \"triangular\", \"min\": 10, \"mode\": 20, \"max\": 60 }").Mean, 12);

    [Fact]
    public void Read_Binomial_CountMeanNP()
    {
        var d = Read("{ \"dist\": \"binomial\", \"n\": 40, \"p\": 0.25 }");
        Assert.True(d.IsInteger);
        Assert.Equal(10, d.Mean, 12);
    }

    [Fact]
    public void Read_Discrete_WeightedMean()
        => Assert.Equal((1 * 0.2) + (2 * 0.3) + (5 * 0.5), Read("{ \"dist\": \"discrete\", \"values\": [1, 2, 5], \"weights\": [0.2, 0.3, 0.5] }").Mean, 12);

    [Fact]
    public void Read_Empirical_MeanOfTheObservations()
        => Assert.Equal(4, Read("{ \"dist\": \"empirical\", \"values\": [2, 3, 7] }").Mean, 12);

    [Fact]
    public void Read_ThreePointLinear_QuantilesAsWritten()
    {
        var d = Read("{ \"dist\": \"threePoint\", \"p10\": 80, \"p50\": 100, \"p90\": 130, \"scale\": \"linear\" }");
        Assert.Equal(80, d.InverseCdf(0.1), 9);
        Assert.Equal(100, d.InverseCdf(0.5), 9);
        Assert.Equal(130, d.InverseCdf(0.9), 9);
    }

    [Fact]
    public void Read_EveryKind_Accepted()
    {
        string[] examples =
        [
            "{ \"dist\": \"normal\", \"mean\": 1, \"sd\": 1 }",
            "{ \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.5 }",
            "{ \"dist\": \"triangular\", \"min\": 0, \"mode\": 1, \"max\": 2 }",
            "{ \"dist\": \"pert\", \"min\": 0, \"mode\": 1, \"max\": 2 }",
            "{ \"dist\": \"uniform\", \"min\": 0, \"max\": 2 }",
            "{ \"dist\": \"beta\", \"a\": 2, \"b\": 3 }",
            "{ \"dist\": \"gamma\", \"shape\": 2, \"scale\": 3 }",
            "{ \"dist\": \"weibull\", \"shape\": 2, \"scale\": 3 }",
            "{ \"dist\": \"threePoint\", \"p10\": 1, \"p50\": 2, \"p90\": 4 }",
            "{ \"dist\": \"constant\", \"value\": 7 }",
            "{ \"dist\": \"bernoulli\", \"p\": 0.3 }",
            "{ \"dist\": \"binomial\", \"n\": 10, \"p\": 0.3 }",
            "{ \"dist\": \"poisson\", \"mean\": 4 }",
            "{ \"dist\": \"discreteUniform\", \"min\": 1, \"max\": 6 }",
            "{ \"dist\": \"discrete\", \"values\": [1, 2], \"weights\": [1, 1] }",
            "{ \"dist\": \"empirical\", \"values\": [1, 2, 3] }",
        ];
        Assert.Equal(DistributionSyntax.Kinds.Count, examples.Length);
        // Means in closed form: gamma shape·scale, beta a/(a+b), bernoulli p, poisson its mean, discrete uniform (1+6)/2.
        double[] means = [1, 1, 1, 1, 1, 0.4, 6, 3 * 0.886226925452758, double.NaN, 7, 0.3, 3, 4, 3.5, 1.5, 2];
        foreach (var (example, mean) in examples.Zip(means))
        {
            var d = Read(example);
            if (!double.IsNaN(mean))
            {
                Assert.Equal(mean, d.Mean, 9);
            }
        }
    }

    [Fact]
    public void Read_Text_RejectedAtTheValue()
    {
        var e = Rejected("\"lognormal\"");
        Assert.Equal(2, e.Line);
        Assert.Equal("7", e.Column);
        Assert.Contains("\"x\" must be a distribution", e.Problem, StringComparison.Ordinal);
        Assert.Contains("found the text \"lognormal\"", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoDist_RejectedNamingTheKinds()
    {
        var e = Rejected("{ \"mean\": 1 }");
        Assert.Contains("lacks \"dist\"", e.Problem, StringComparison.Ordinal);
        Assert.Contains("lognormal", e.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MisspeltKind_DidYouMean()
    {
        var e = Rejected("{ \"dist\": \"lognormol\", \"mean\": 1, \"cv\": 0.5 }");
        Assert.Contains("unknown distribution the text \"lognormol\" (did you mean \"lognormal\"?)", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KindNotText_Rejected()
        => Assert.Contains("unknown distribution the number 3", Rejected("{ \"dist\": 3 }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_MisspeltKey_ReportedAsUnknownNotMissing()
    {
        var e = Rejected("{ \"dist\": \"normal\", \"mean\": 1, \"stdev\": 2 }");
        Assert.Contains("unknown key \"stdev\"", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingParameter_NamedWithWhatTheKindTakes()
    {
        var e = Rejected("{ \"dist\": \"gamma\", \"shape\": 2 }");
        Assert.Contains("lacks \"scale\"", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PertMinAboveMax_RejectedAtTheMaxKey()
    {
        // The guard names max (it must exceed min): the error points at the line where "max" is written.
        var root = JsonTreeReader.Parse("{\n \"x\": {\n  \"dist\": \"pert\",\n  \"min\": 10,\n  \"mode\": 5,\n  \"max\": 2\n }\n}", "s.json");
        var e = Assert.Throws<InputException>(() => DistributionSyntax.Read(root.Members[0].Value, "x", "s.json"));
        Assert.Equal(6, e.Line);
        Assert.StartsWith("invalid pert distribution: max must be a finite number > 10; was 2", e.Problem, StringComparison.Ordinal);
        Assert.Equal("pert takes min, mode, max", e.Expected);
    }

    [Fact]
    public void Read_NormalZeroSd_CalledSdAsInTheFile()
    {
        // The constructor's parameter is standardDeviation; the message uses the file's key.
        var e = Rejected("{ \"dist\": \"normal\", \"mean\": 1, \"sd\": 0 }");
        Assert.StartsWith("invalid normal distribution: sd must be", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LogNormalTwoSets_Rejected()
        => Assert.Contains("one set of parameters, not several", Rejected("{ \"dist\": \"lognormal\", \"mean\": 1, \"cv\": 0.5, \"mu\": 0, \"sigma\": 1 }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_LogNormalNoParameters_Rejected()
        => Assert.Contains("a lognormal needs its parameters", Rejected("{ \"dist\": \"lognormal\" }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_LogNormalHalfASet_MissingPartNamed()
        => Assert.Contains("lacks \"cv\"", Rejected("{ \"dist\": \"lognormal\", \"mean\": 30 }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_UnknownScale_Rejected()
        => Assert.Contains("unknown scale \"cubic\"", Rejected("{ \"dist\": \"threePoint\", \"p10\": 1, \"p50\": 2, \"p90\": 4, \"scale\": \"cubic\" }").Problem, StringComparison.Ordinal);

    [Theory]
    [InlineData("[]")]
    [InlineData("3")]
    public void Read_EmpiricalValuesNotAList_Rejected(string values)
        => Assert.Contains("\"values\" must be a non-empty list of numbers", Rejected("{ \"dist\": \"empirical\", \"values\": " + values + " }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_BinomialFractionalN_Rejected()
        => Assert.Contains("\"n\" must be a whole number; found 2.5", Rejected("{ \"dist\": \"binomial\", \"n\": 2.5, \"p\": 0.5 }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_HugeNumber_RejectedAsNotFinite()
        => Assert.Contains("too large to be a finite number", Rejected("1e400").Problem, StringComparison.Ordinal);

    [Fact]
    public void Read_DiscreteWeightsOfAnotherLength_Rejected()
        => Assert.Contains("invalid discrete distribution: weights must have one entry per value", Rejected("{ \"dist\": \"discrete\", \"values\": [1, 2], \"weights\": [1] }").Problem, StringComparison.Ordinal);

    [Fact]
    public void Kinds_EachWithItsParameters()
    {
        Assert.Equal(16, DistributionSyntax.Kinds.Count);
        Assert.Equal("mean, sd", DistributionSyntax.Kinds["normal"]);
        Assert.Equal("min, mode, max", DistributionSyntax.Kinds["pert"]);
    }
}
