using Analytics.Charts;

namespace Analytics.Interactive.Tests;

[Collection(NotebookOptionsCollection.Name)]
public class NotebookTests
{
    [Fact]
    public void Options_Default_ChineseWanYuan() => Assert.Equal(ChartOptions.Default, Notebook.Options);
}
