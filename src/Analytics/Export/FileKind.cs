using System.Runtime.InteropServices;

namespace Analytics.Export;

/// <summary>What a path names, as the file system says (following symbolic links): the output rule treats each kind differently.</summary>
public enum FileKind
{
    /// <summary>Nothing exists there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character device (a terminal, /dev/null): written directly.</summary>
    CharacterDevice,

    /// <summary>A pipe (a named FIFO, or a shell's pipe behind /dev/fd/N): written directly.</summary>
    Pipe,

    /// <summary>A block device, a socket or anything else: never written.</summary>
    Other,
}

/// <summary>Tells the <see cref="FileKind"/> of a path without opening it (opening a pipe could wait forever for its other end).</summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;

    /// <summary>The kind of <paramref name="path"/>.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (Native.Stat(path, out var status) != 0)
        {
            return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        return (status.Mode & TypeMask) switch
        {
            Regular => FileKind.Regular,
            Directory => FileKind.Directory,
            CharacterDevice => FileKind.CharacterDevice,
            Fifo => FileKind.Pipe,
            _ => FileKind.Other,
        };
    }

    // The runtime's own portable stat (libSystem.Native ships with every .NET runtime): only the mode
    // is read, at its fixed place after the flags; the struct is sized generously for the rest.
    private static class Native
    {
        [StructLayout(LayoutKind.Explicit, Size = 512)]
        internal struct FileStatus
        {
            [FieldOffset(4)]
            public int Mode;
        }

#pragma warning disable CA2101, SYSLIB1054 // The shim takes UTF-8, the default for strings on Unix; a source-generated import needs unsafe code, which this library does not allow.
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        internal static extern int Stat(string path, out FileStatus output);
#pragma warning restore CA2101, SYSLIB1054
    }
}
