using Analytics.TestSupport;
using Analytics.Tracking;

namespace Analytics.Tests.Tracking;

public class TrackingFilesTests
{
    [Fact]
    public void Find_ShippedPlan_HasBothFiles()
    {
        Assert.Equal(Path.Combine(RepoPaths.ShippedPlan, "actuals.csv"), TrackingFiles.FindActuals(RepoPaths.ShippedPlan));
        Assert.Equal(Path.Combine(RepoPaths.ShippedPlan, "pipeline.csv"), TrackingFiles.FindPipeline(RepoPaths.ShippedPlan));
    }

    [Fact]
    public void Find_FolderWithout_Null()
    {
        var empty = Directory.CreateTempSubdirectory("analytics-tracking-").FullName;
        try
        {
            Assert.Null(TrackingFiles.FindActuals(empty));
            Assert.Null(TrackingFiles.FindPipeline(empty));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
