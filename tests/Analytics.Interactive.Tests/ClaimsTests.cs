using Analytics.Charts;

namespace Analytics.Interactive.Tests;

[Collection(NotebookOptionsCollection.Name)]
public class ClaimsTests
{
    [Fact]
    public void Check_AllHold_CountsThemAndSummaryNamesTheCount()
    {
        var claims = new Claims();
        claims.Check(0.38 < 0.5, "達成的機率不到一半").Check(true, "中位數低於目標");
        Assert.Equal(2, claims.Count);
        Assert.Equal("結論的 2 項檢查都成立：P(hit) = 38.2%", claims.Summary("P(hit) = 38.2%"));
    }

    [Fact]
    public void Check_DoesNotHold_ThrowsQuotingTheClaimAndCountsNothing()
    {
        var claims = new Claims();
        var e = Assert.Throws<InvalidOperationException>(() => claims.Check(0.62 < 0.5, "達成的機率不到一半"));
        Assert.Equal("結論不成立，請改寫：達成的機率不到一半", e.Message);
        Assert.Equal(0, claims.Count);
    }

    [Fact]
    public void Check_EnglishNotebook_EnglishMessages()
    {
        var saved = Notebook.Options;
        try
        {
            Notebook.Options = ChartOptions.English;
            var claims = new Claims();
            var e = Assert.Throws<InvalidOperationException>(() => claims.Check(false, "P(hit) is under one half"));
            Assert.Equal("The conclusion no longer holds, rewrite it: P(hit) is under one half", e.Message);
            Assert.Equal("All 1 checks of the conclusion hold: x", claims.Check(true, "a").Summary("x"));
        }
        finally
        {
            Notebook.Options = saved;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Check_BlankClaim_Throws(string claim) => Assert.ThrowsAny<ArgumentException>(() => new Claims().Check(true, claim));
}
