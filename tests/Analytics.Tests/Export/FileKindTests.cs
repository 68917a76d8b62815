using Analytics.Export;

namespace Analytics.Tests.Export;

public sealed class FileKindTests
{
    [Fact]
    public void Of_EachKindOfPath_AsTheFileSystemSays()
    {
        var file = Path.GetTempFileName();
        try
        {
            Assert.Equal(FileKind.Regular, FileKinds.Of(file));
            Assert.Equal(FileKind.Directory, FileKinds.Of(Path.GetTempPath()));
            Assert.Equal(FileKind.Missing, FileKinds.Of(file + ".missing"));
            Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
