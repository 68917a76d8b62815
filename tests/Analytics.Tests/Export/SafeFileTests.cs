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
    public void WriteText_ExistingFileItWroteWithOverwrite_Replaced()
    {
        var path = Path.Combine(_dir, "out.txt");
        SafeFile.WriteText(path, "old");
        SafeFile.WriteText(path, "new", overwrite: true);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void WriteText_ExistingFileOfTheUserWithOverwrite_RefusedAndKept()
    {
        // Issue 12, defect 2: overwrite replaces only what the toolkit wrote, never the user's file.
        var path = Path.Combine(_dir, "out.txt");
        File.WriteAllText(path, "old");
        var e = Assert.Throws<IOException>(() => SafeFile.WriteText(path, "new", overwrite: true));
        Assert.Equal($"{path}: the file exists and was not written by analytics; refusing to overwrite it (remove it or choose another path).", e.Message);
        Assert.Equal("old", File.ReadAllText(path));
    }

    [Fact]
    public void WriteText_FileItWroteThenEdited_NoLongerReplaced()
    {
        var path = Path.Combine(_dir, "out.txt");
        SafeFile.WriteText(path, "old");
        File.AppendAllText(path, " and mine");
        Assert.Throws<IOException>(() => SafeFile.WriteText(path, "new", overwrite: true));
        Assert.Equal("old and mine", File.ReadAllText(path));
    }

    [Fact]
    public void Write_FileAppearsDuringTheWrite_NotReplaced()
    {
        // Issue 12, defect 8: checked again just before the rename.
        var path = Path.Combine(_dir, "out.txt");
        var e = Assert.Throws<IOException>(() => SafeFile.Write(path, s =>
        {
            File.WriteAllText(path, "the user's");
            s.Write([1, 2, 3]);
        }));
        Assert.Equal($"{path}: a file appeared there while this run worked; it was not replaced (remove it, or choose another path, and run again).", e.Message);
        Assert.Equal("the user's", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_OwnFileReplacedByTheUserDuringTheWrite_NotReplaced()
    {
        var path = Path.Combine(_dir, "out.txt");
        SafeFile.WriteText(path, "old");
        Assert.Throws<IOException>(() => SafeFile.Write(path, s =>
        {
            File.WriteAllText(path, "the user's");
            s.Write([1, 2, 3]);
        }, overwrite: true));
        Assert.Equal("the user's", File.ReadAllText(path));
    }

    [Fact]
    public void Write_WhileWriting_TheTemporaryIsRegisteredAndThenForgotten()
    {
        var path = Path.Combine(_dir, "out.txt");
        string? seen = null;
        SafeFile.Write(path, s =>
        {
            seen = Temporaries.Current.SingleOrDefault(t => t.StartsWith(Path.Combine(_dir, ".out.txt."), StringComparison.Ordinal));
            s.Write([1]);
        });
        Assert.NotNull(seen);
        Assert.DoesNotContain(seen, Temporaries.Current);
        Assert.False(File.Exists(seen));
    }

    [Fact]
    public void CheckWritable_FolderThatTakesNoFile_RefusedNamingThePathNotTheTemporary()
    {
        var e = Assert.Throws<IOException>(() => SafeFile.CheckWritable("/proc/r.html"));
        Assert.StartsWith("/proc/r.html: cannot be written", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWritable_NameLongerThanTheFileSystemTakes_Refused()
    {
        var e = Assert.Throws<IOException>(() => SafeFile.CheckWritable(Path.Combine(_dir, new string('x', 256))));
        Assert.Contains("the file name is 256 bytes long, more than the 255 a file name may have", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NameNearTheLimit_TemporaryNameShortenedAndFileWritten()
    {
        var path = Path.Combine(_dir, new string('y', 250));
        SafeFile.WriteText(path, "x");
        Assert.Equal("x", File.ReadAllText(path));
    }

    [Fact]
    public void Write_CharacterDevice_WrittenDirectlyNoTemporary()
    {
        SafeFile.WriteText("/dev/null", "nothing", overwrite: false);
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Write_FullDevice_FailsNamingIt()
    {
        var e = Assert.Throws<IOException>(() => SafeFile.WriteText("/dev/full", new string('x', 100_000)));
        Assert.StartsWith("/dev/full: cannot be written: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWritable_AFolder_Refused()
        => Assert.Contains("is a folder", Assert.Throws<IOException>(() => SafeFile.CheckWritable(_dir)).Message, StringComparison.Ordinal);

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
