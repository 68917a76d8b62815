using Analytics.Export;

namespace Analytics.Tests.Export;

public sealed class TemporariesTests
{
    [Fact]
    public void Add_ThenRemove_ForgottenAndTheFileUntouched()
    {
        var file = Path.GetTempFileName();
        try
        {
            Temporaries.Add(file);
            Assert.Contains(file, Temporaries.Current);
            Temporaries.Remove(file);
            Assert.DoesNotContain(file, Temporaries.Current);
            Assert.True(File.Exists(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
