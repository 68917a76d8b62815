using System.Security.Cryptography;
using System.Text;

namespace Analytics.Export;

/// <summary>
/// The one rule for every file the toolkit writes (reports, CSV, PNG, manifests, generated data):
/// <list type="bullet">
/// <item>never one of the run's input files;</item>
/// <item>an existing file is replaced only when the caller allows it and the file is the toolkit's own
/// (<see cref="OutputMark"/>: the provenance record, or the format's own mark) - never a file the user wrote;</item>
/// <item>checked before the work (<see cref="CheckWritable"/>, which also creates and removes a probe file, so a
/// folder that cannot be written, a full disk or a name that is too long are found before minutes of work) and again
/// just before the final rename: a file that appeared at the path during the run is not replaced;</item>
/// <item>written to a temporary file in the same folder and renamed into place when complete, so an interrupted run
/// leaves no half-written file; the temporary is registered in <see cref="Temporaries"/>, which the command line
/// empties on Ctrl-C and SIGTERM;</item>
/// <item>special files are written directly, never through a temporary, and never opened for reading: a pipe or a
/// character device (/dev/null, a FIFO: a writer to a FIFO waits for its reader, as any Unix writer does), the
/// process's own standard output or error (/dev/stdout, /dev/fd/1); block devices and sockets are refused.</item>
/// </list>
/// Every failure is an <see cref="IOException"/> whose message names the user's path, never the temporary.
/// </summary>
public static class SafeFile
{
    /// <summary>The longest file name (in UTF-8 bytes) the file systems here accept.</summary>
    public const int MaxNameBytes = 255;

    private static readonly string[] StandardOutput = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];
    private static readonly string[] StandardError = ["/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"];

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    /// <param name="path">The file to create.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="inputs">Files the run read: the output may not be one of them.</param>
    /// <param name="overwrite">Whether an existing file may be replaced, if it is the toolkit's own (<paramref name="mark"/>). Default false.</param>
    /// <param name="mark">How the toolkit's own file is recognised (default <see cref="OutputMark.Recorded"/>).</param>
    /// <exception cref="IOException">The path may not be written, or writing failed; the message names the path and why.</exception>
    public static void Write(string path, Action<Stream> write, IEnumerable<string>? inputs = null, bool overwrite = false, OutputMark? mark = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        mark ??= OutputMark.Recorded;
        var target = Check(path, inputs, overwrite, mark, probe: false);
        if (target.Direct is { } direct)
        {
            WriteDirect(path, direct, write);
            return;
        }

        var temp = TemporaryPath(target.Full);
        Temporaries.Add(temp);
        try
        {
            Guard(path, temp, () =>
            {
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                write(stream);
                stream.Flush(flushToDisk: true);
            });

            // Just before the rename: the state found before the work must still hold.
            if (!target.Existed)
            {
                try
                {
                    File.Move(temp, target.Full, overwrite: false);
                }
                catch (IOException) when (File.Exists(target.Full) || Directory.Exists(target.Full))
                {
                    throw new IOException($"{path}: a file appeared there while this run worked; it was not replaced (remove it, or choose another {mark.Option}, and run again).");
                }
            }
            else
            {
                if (FileKinds.Of(target.Full) != FileKind.Regular || !mark.IsOurs(target.Full))
                {
                    throw new IOException($"{path}: the file was changed while this run worked and is no longer one {mark.Writer} wrote; it was not replaced (remove it, or choose another {mark.Option}, and run again).");
                }

                Guard(path, temp, () => File.Move(temp, target.Full, overwrite: true));
            }

            if (mark.Recognise is null || mark.Record)
            {
                var info = new FileInfo(target.Full);
                using var written = File.OpenRead(target.Full);
                Provenance.Record(target.Full, info.Length, SHA256.HashData(written));
            }
        }
        finally
        {
            File.Delete(temp);
            Temporaries.Remove(temp);
        }
    }

    /// <summary>
    /// Checks, before any work is done, that <paramref name="path"/> may be written (see <see cref="SafeFile"/>): not
    /// an input, not a folder or a block device, not an existing file unless <paramref name="overwrite"/> and it is the
    /// toolkit's own, in a folder that exists and takes a new file (a probe file is created and removed).
    /// </summary>
    /// <returns>The full path.</returns>
    /// <exception cref="IOException">The path may not be written; the message says why.</exception>
    public static string CheckWritable(string path, IEnumerable<string>? inputs = null, bool overwrite = false, OutputMark? mark = null)
        => Check(path, inputs, overwrite, mark ?? OutputMark.Recorded, probe: true).Full;

    /// <summary>Checks, before the work, that new files can be written in the existing <paramref name="folder"/> (a probe file is created and removed).</summary>
    /// <exception cref="IOException">The folder does not exist or takes no new file; the message names it.</exception>
    public static void CheckFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new IOException($"{folder}: the folder does not exist; create it first.");
        }

        Probe(folder, Path.Combine(Path.GetFullPath(folder), "analytics-probe"));
    }

    /// <summary>Writes UTF-8 text (no byte-order mark) safely; see <see cref="Write"/>.</summary>
    public static void WriteText(string path, string text, IEnumerable<string>? inputs = null, bool overwrite = false, OutputMark? mark = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, s => s.Write(new UTF8Encoding(false).GetBytes(text)), inputs, overwrite, mark);
    }

    private static Target Check(string path, IEnumerable<string>? inputs, bool overwrite, OutputMark mark, bool probe)
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

        if (StandardOutput.Contains(full, StringComparer.Ordinal))
        {
            return new Target(full, Existed: true, Direct: Console.OpenStandardOutput);
        }

        if (StandardError.Contains(full, StringComparer.Ordinal))
        {
            return new Target(full, Existed: true, Direct: Console.OpenStandardError);
        }

        var name = Path.GetFileName(full);
        if (Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
        {
            throw new IOException($"{path}: the file name is {Encoding.UTF8.GetByteCount(name)} bytes long, more than the {MaxNameBytes} a file name may have; choose a shorter name.");
        }

        switch (FileKinds.Of(full))
        {
            case FileKind.Directory:
                throw new IOException($"{path}: is a folder; give a file name.");
            case FileKind.Other:
                throw new IOException($"{path}: is a device or a socket, not a file; refusing to write to it.");
            case FileKind.CharacterDevice or FileKind.Pipe:
                // Written directly: no temporary, no rename, never opened for reading.
                return new Target(full, Existed: true, Direct: () => new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
            case FileKind.Regular when !overwrite:
                throw new IOException($"{path}: the file exists; refusing to overwrite it (remove it, choose another {mark.Option}, or pass --force where the command offers it to replace a file it wrote).");
            case FileKind.Regular when !mark.IsOurs(full):
                throw new IOException($"{path}: the file exists and was not written by {mark.Writer}; refusing to overwrite it (remove it or choose another {mark.Option}).");
        }

        var existed = File.Exists(full);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new IOException($"{path}: the folder {folder} does not exist.");
        }

        if (probe)
        {
            Probe(path, full);
        }

        return new Target(full, existed, Direct: null);
    }

    // A file is created, written, flushed to disk and removed in the output's folder, so that a folder that cannot
    // be written, a full disk or a read-only file system are found before the work, named as the user's path.
    private static void Probe(string path, string full)
    {
        var temp = TemporaryPath(full);
        Temporaries.Add(temp);
        try
        {
            Guard(path, temp, () =>
            {
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.WriteByte(0);
                stream.Flush(flushToDisk: true);
            });
        }
        finally
        {
            File.Delete(temp);
            Temporaries.Remove(temp);
        }
    }

    private static void WriteDirect(string path, Func<Stream> open, Action<Stream> write)
        => Guard(path, path, () =>
        {
            using var stream = open();
            write(stream);
            stream.Flush();
        });

    // Runs a file operation; its failure is reported against the user's path, never the temporary's.
    private static void Guard(string path, string temp, Action operation)
    {
        try
        {
            operation();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"{path}: cannot be written: permission denied ({Reason(e, temp, path)}).", e);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Creating a file gave "not found": the folder takes no new file (e.g. /proc).
            throw new IOException($"{path}: cannot be written: its folder {Path.GetDirectoryName(Path.GetFullPath(path))} takes no new file.", e);
        }
        catch (IOException e)
        {
            throw new IOException($"{path}: cannot be written: {Reason(e, temp, path)}.", e);
        }
    }

    private static string Reason(Exception e, string temp, string path)
        => e.Message.Replace(temp, path, StringComparison.Ordinal).TrimEnd('.');

    // ".NAME.RANDOM.tmp" beside the output, its name part shortened so the temporary's name fits the file system.
    private static string TemporaryPath(string full)
    {
        var name = Path.GetFileName(full);
        while (Encoding.UTF8.GetByteCount(name) > MaxNameBytes - 20)
        {
            name = name[..^1];
        }

        return Path.Combine(Path.GetDirectoryName(full)!, "." + name + "." + Path.GetRandomFileName() + ".tmp");
    }

    /// <summary>Where an output goes, as found before the work.</summary>
    private sealed record Target(string Full, bool Existed, Func<Stream>? Direct);
}
