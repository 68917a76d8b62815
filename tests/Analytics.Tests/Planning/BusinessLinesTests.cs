using Analytics.Planning;

namespace Analytics.Tests.Planning;

public class BusinessLinesTests
{
    [Theory]
    [InlineData("repurchase", LineKind.Repurchase)]
    [InlineData("new_customers", LineKind.NewCustomers)]
    [InlineData("new_product", LineKind.NewProduct)]
    public void DefaultKind_HistoricalId_ItsOwnKind(string id, LineKind kind) => Assert.Equal(kind, BusinessLines.DefaultKind(id));

    [Theory]
    [InlineData("servo_x")]
    [InlineData("Repurchase")]
    [InlineData("newCustomers")]
    public void DefaultKind_AnyOtherId_None(string id) => Assert.Null(BusinessLines.DefaultKind(id));

    [Fact]
    public void WordOf_EveryKind_RoundTripsThroughKindWords()
    {
        foreach (var kind in Enum.GetValues<LineKind>())
        {
            Assert.Equal(kind, BusinessLines.KindWords[BusinessLines.WordOf(kind)]);
        }

        Assert.Equal(["repurchase", "new_customers", "new_product", "other"], BusinessLines.KindWords.Keys);
    }
}
