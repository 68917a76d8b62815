using Analytics.Cli.Parsing;

namespace Analytics.Cli.Tests.Parsing;

public class UsageExceptionTests
{
    [Fact]
    public void ForOption_MessageNamingTheParameter_NamesTheOptionInstead()
    {
        var e = UsageException.ForOption("--step", new ArgumentOutOfRangeException("step", "step must divide 1 into a whole number of parts; was 0.03."));
        Assert.Equal("--step must divide 1 into a whole number of parts; was 0.03.", e.Message);
    }

    [Fact]
    public void ForOption_OtherMessage_FollowsTheOption()
    {
        var e = UsageException.ForOption("--compare", new ArgumentException("the streams differ.", "streams"));
        Assert.Equal("--compare: the streams differ.", e.Message);
        Assert.Equal("--x: no name.", UsageException.ForOption("--x", new ArgumentException("no name.")).Message);
    }
}
