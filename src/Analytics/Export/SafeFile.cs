namespace Analytics.Export;

/// <summary>
/// Writes output files so that nothing the user gave is lost: a write never targets one of the
/// run's input files, never replaces an existing file unless asked to, and goes to a temporary
/// file in the same folder that is moved into place only when complete, so an interrupted run
/// leaves no half-written file.
/// </summary>
public static class SafeFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    /// <param name="path">The file to create.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="inputs">Files the run read: the output may not be one of them.</param>
    /// <param name="overwrite">Whether an existing (non-input) file may be replaced. Default false.</param>
    /// <exception cref="IOException">The path is an input, or exists and <paramref name="overwrite"/> is false.</exception>
    public static void Write(string path, Action<Stream> write, IEnumerable<string>? inputs = null, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = CheckWritable(path, inputs, overwrite);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Checks, before any work is done, that <paramref name="path"/> may be written: not an input,
    /// not a folder, not an existing file unless <paramref name="overwrite"/>, in a folder that exists.
    /// </summary>
    /// <returns>The full path.</returns>
    /// <exception cref="IOException">The path may not be written; the message says why.</exception>
    public static string CheckWritable(string path, IEnumerable<string>? inputs = null, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        foreach (var input in inputs ?? [])
        {
            if (string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal))
            {
                throw new IOException($"{path}: refusing to write over an input file of this run; choose another output path.");
            }
        }

        if (Directory.Exists(full))
        {
            throw new IOException($"{path}: is a folder; give a file name.");
        }

        if (File.Exists(full) && !overwrite)
        {
            throw new IOException($"{path}: the file exists; refusing to overwrite it (remove it, choose another path, or pass --force where the command offers it).");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new IOException($"{path}: the folder {folder} does not exist.");
        }

        return full;
    }

    /// <summary>Writes UTF-8 text (no byte-order mark) safely; see <see cref="Write(string, Action{Stream}, IEnumerable{string}?, bool)"/>.</summary>
    public static void WriteText(string path, string text, IEnumerable<string>? inputs = null, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(text)), inputs, overwrite);
    }
}
