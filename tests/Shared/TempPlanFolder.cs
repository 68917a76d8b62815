namespace Analytics.TestSupport;

/// <summary>A throw-away copy of the shipped plan folder that a test can break one file at a time.</summary>
internal sealed class TempPlanFolder : IDisposable
{
    public TempPlanFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analytics-plan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(RepoPaths.ShippedPlan))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The full path of one of its files.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Replaces a file's whole content (UTF-8, no BOM).</summary>
    public TempPlanFolder Write(string name, string content)
    {
        System.IO.File.WriteAllText(File(name), content, new System.Text.UTF8Encoding(false));
        return this;
    }

    /// <summary>Writes raw bytes to a file.</summary>
    public TempPlanFolder WriteBytes(string name, byte[] content)
    {
        System.IO.File.WriteAllBytes(File(name), content);
        return this;
    }

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in a file; fails if it is absent.</summary>
    public TempPlanFolder Replace(string name, string old, string replacement)
    {
        var text = System.IO.File.ReadAllText(File(name));
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"\"{old}\" not found in {name}.");
        }

        return Write(name, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    /// <summary>Appends lines to a file.</summary>
    public TempPlanFolder Append(string name, string lines)
    {
        System.IO.File.AppendAllText(File(name), lines);
        return this;
    }

    /// <summary>Deletes one file.</summary>
    public TempPlanFolder Delete(string name)
    {
        System.IO.File.Delete(File(name));
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not affect other tests.
        }
    }
}
