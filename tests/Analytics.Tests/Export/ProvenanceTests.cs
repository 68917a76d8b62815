using Analytics.Export;

namespace Analytics.Tests.Export;

public sealed class ProvenanceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("provenance-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void IsOurs_FileWrittenBySafeFile_TrueUntilAByteChanges()
    {
        var path = Path.Combine(_dir, "a.csv");
        SafeFile.WriteText(path, "x,y\n1,2\n");
        Assert.True(File.Exists(Path.Combine(_dir, ".a.csv.analytics")));
        Assert.True(Provenance.IsOurs(path));
        File.WriteAllText(path, "x,y\n1,3\n"); // same length, other bytes
        Assert.False(Provenance.IsOurs(path));
    }

    [Fact]
    public void IsOurs_FileWithoutARecord_False()
    {
        var path = Path.Combine(_dir, "b.csv");
        File.WriteAllText(path, "x");
        Assert.False(Provenance.IsOurs(path));
        Assert.False(Provenance.IsOurs(Path.Combine(_dir, "missing.csv")));
    }

    [Fact]
    public void PathOf_NameTooLongForTheRecord_ShortenedWithAHashOfTheName()
    {
        var a = Provenance.PathOf(Path.Combine(_dir, new string('a', 250) + "1"));
        var b = Provenance.PathOf(Path.Combine(_dir, new string('a', 250) + "2"));
        Assert.NotEqual(a, b);
        Assert.True(Path.GetFileName(a).Length <= 255 - ".tmp".Length);
        Assert.EndsWith(".analytics", a, StringComparison.Ordinal);
    }

    [Fact]
    public void PathOf_HiddenFileBesideTheOutput()
        => Assert.Equal(Path.Combine(_dir, ".r.png.analytics"), Provenance.PathOf(Path.Combine(_dir, "r.png")));
}
