using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tests.Planning;

public class BusinessLineTests
{
    [Fact]
    public void Constructor_LineNode_TakesIdNamesAndLastYearFromIt()
    {
        var node = new TargetNode("servo_x", "company", TargetLevel.Line, null, null, "伺服 X", "Servo X", 800m, null, new SourceLocation("targets.csv", 5), "B3", LineKind.NewProduct, 120m);
        var line = new BusinessLine(node, LineKind.NewProduct);
        Assert.Equal(("servo_x", LineKind.NewProduct, "伺服 X", "Servo X", (decimal?)120m), (line.Id, line.Kind, line.NameZh, line.NameEn, line.LastYear));
        Assert.Same(node, line.Target);
    }

    [Fact]
    public void Constructor_NodeBelowTheLineLevel_Throws()
    {
        var node = new TargetNode("nc_3c", "new_customers", TargetLevel.Industry, "3c", null, "3C", "3C", 800m, null, SourceLocation.None);
        Assert.Throws<ArgumentException>(() => new BusinessLine(node, LineKind.NewCustomers));
    }
}
