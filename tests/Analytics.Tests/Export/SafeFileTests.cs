using Analytics.Export;

namespace Analytics.Tests.Export;

public sealed class SafeFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("safefile-").FullName;

    [Fact]
    public void WriteText_NewFile_Written()
    {
        var path = Path.Combine(_dir, "out.txt");
        SafeFile.WriteText(path, "珠三角");
        Assert.Equal("珠三角", File.ReadAllText(path));
    }

    [Fact]
    public void WriteText_ExistingFile_RefusedAndKept()
    {
        var path = Path.Combine(_dir, "out.txt");
        File.WriteAllText(path, "keep");
        var e = Assert.Throws<IOException>(() => SafeFile.WriteText(path, "new"));
        Assert.Contains("refusing to overwrite", e.Message, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(path));
    }

    [Fact]
    public void WriteText_ExistingFileWithOverwrite_Replaced()
    {
        var path = Path.Combine(_dir, "out.txt");
        File.WriteAllText(path, "old");
        SafeFile.WriteText(path, "new", overwrite: true);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void WriteText_PathIsAnInput_RefusedEvenWithOverwrite()
    {
        var input = Path.Combine(_dir, "plan.csv");
        File.WriteAllText(input, "data");
        var e = Assert.Throws<IOException>(() => SafeFile.WriteText(Path.Combine(_dir, ".", "plan.csv"), "x", [input], overwrite: true));
        Assert.Contains("input file", e.Message, StringComparison.Ordinal);
        Assert.Equal("data", File.ReadAllText(input));
    }

    [Fact]
    public void Write_WriterFails_NoFileAndNoTempLeft()
    {
        var path = Path.Combine(_dir, "out.txt");
        Assert.Throws<InvalidOperationException>(() => SafeFile.Write(path, s =>
        {
            s.Write([1, 2, 3]);
            throw new InvalidOperationException("interrupted");
        }));
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_MissingFolder_ClearError()
        => Assert.Contains("does not exist", Assert.Throws<IOException>(() => SafeFile.WriteText(Path.Combine(_dir, "no", "x.txt"), "x")).Message, StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
