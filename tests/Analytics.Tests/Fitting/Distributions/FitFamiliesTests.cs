using Analytics.Fitting.Distributions;

namespace Analytics.Tests.Fitting.Distributions;

public class FitFamiliesTests
{
    [Fact]
    public void Parse_List_FamiliesInTheOrderGiven()
        => Assert.Equal(["gamma", "pert", "lognormal"], FitFamilies.Parse(" gamma, PERT ,lognormal").Select(f => f.Name));

    [Theory]
    [InlineData("", "the family list is empty")]
    [InlineData("gamma,beta", "unknown family \"beta\"; the families are lognormal, gamma, weibull, normal, triangular, pert")]
    [InlineData("gamma,gamma", "the family \"gamma\" is named twice")]
    public void Parse_BadList_SaysWhy(string list, string fragment)
        => Assert.Contains(fragment, Assert.Throws<ArgumentException>(() => FitFamilies.Parse(list)).Message, StringComparison.Ordinal);

    [Fact]
    public void Default_TheRegularFamilies()
        => Assert.Equal(["lognormal", "gamma", "weibull", "normal"], FitFamilies.Default.Select(f => f.Name));
}
