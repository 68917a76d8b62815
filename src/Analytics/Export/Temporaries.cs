using System.Collections.Concurrent;

namespace Analytics.Export;

/// <summary>
/// The temporary files and folders the toolkit has open, so that an interrupted run (Ctrl-C,
/// SIGTERM) can remove them before it ends: the command line calls <see cref="DeleteAll"/> from its
/// signal handlers. Once that has run, no new temporary may be made (the run is ending).
/// </summary>
public static class Temporaries
{
    private static readonly ConcurrentDictionary<string, bool> Live = new(StringComparer.Ordinal);
    private static int _closing;

    /// <summary>The temporaries alive now (full paths).</summary>
    public static IReadOnlyCollection<string> Current => [.. Live.Keys];

    /// <summary>Records <paramref name="path"/> (a file, or a folder when <paramref name="folder"/>) before it is made.</summary>
    /// <exception cref="OperationCanceledException">The run is being stopped.</exception>
    public static void Add(string path, bool folder = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Volatile.Read(ref _closing) != 0)
        {
            throw new OperationCanceledException("the run is being stopped; no new file is written.");
        }

        Live[path] = folder;
    }

    /// <summary>Forgets <paramref name="path"/> (moved into place or deleted).</summary>
    public static void Remove(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Live.TryRemove(path, out _);
    }

    /// <summary>Deletes every live temporary and refuses new ones: the run is ending. Never throws.</summary>
    public static void DeleteAll()
    {
        Volatile.Write(ref _closing, 1);
        foreach (var (path, folder) in Live)
        {
            try
            {
                if (folder)
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }
#pragma warning disable CA1031 // Called while the process ends: a file that cannot be removed must not stop the others.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            Live.TryRemove(path, out _);
        }
    }
}
