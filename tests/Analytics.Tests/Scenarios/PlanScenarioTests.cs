using Analytics.Common;
using Analytics.Scenarios;
using Analytics.TestSupport;

namespace Analytics.Tests.Scenarios;

public class PlanScenarioTests
{
    [Fact]
    public void Find_ShippedPlan_ItsOwnScenarioFile()
        => Assert.Equal(Path.Combine(RepoPaths.ShippedPlan, "scenario.json"), PlanScenario.Find(RepoPaths.ShippedPlan));

    [Fact]
    public void Find_PlanWithoutScenario_Null()
    {
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("scenario.json"));
        Assert.Null(PlanScenario.Find(plan.Path));
    }

    [Fact]
    public void PlanFolderOf_APlansOwnScenarioFile_ThePlanFolder_ElsewhereNull()
    {
        Assert.Equal(RepoPaths.ShippedPlan, PlanScenario.PlanFolderOf(Path.Combine(RepoPaths.ShippedPlan, "scenario.json")));
        Assert.Null(PlanScenario.PlanFolderOf(RepoPaths.Data("scenarios", "seed-2026.json")));  // no plan next to it
        Assert.Null(PlanScenario.PlanFolderOf(Path.Combine(RepoPaths.ShippedPlan, "other.json"))); // not the plan's scenario.json
    }

    [Fact]
    public void Resolve_PlanFolder_ItsScenario_AFile_Itself()
    {
        var seed = RepoPaths.Data("scenarios", "seed-2026.json");
        Assert.Equal(Path.Combine(RepoPaths.ShippedPlan, "scenario.json"), PlanScenario.Resolve(RepoPaths.ShippedPlan));
        Assert.Equal(seed, PlanScenario.Resolve(seed));
    }

    [Fact]
    public void Resolve_PlanFolderWithoutScenario_InputErrorNamingTheFolderAndTheFile()
    {
        using var plan = new TempPlanFolder();
        File.Delete(plan.File("scenario.json"));
        var e = Assert.Throws<InputException>(() => PlanScenario.Resolve(plan.Path));
        Assert.Equal(plan.Path, e.File);
        Assert.Contains("holds no scenario.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(plan.File("scenario.json"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MissingPath_ItselfForTheLoaderToName()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".json");
        Assert.Equal(missing, PlanScenario.Resolve(missing));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Resolve_Blank_ArgumentException(string path) => Assert.ThrowsAny<ArgumentException>(() => PlanScenario.Resolve(path));
}
