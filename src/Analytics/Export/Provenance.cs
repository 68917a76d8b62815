using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Analytics.Export;

/// <summary>
/// The record that the toolkit wrote a file, for outputs that cannot carry a mark of their own (CSV,
/// PNG, a run manifest): a hidden file beside it, <c>.NAME.analytics</c>, holding the output's length
/// and SHA-256. An existing file is the toolkit's own, and may be replaced, only while it still has
/// exactly those bytes: a file the user wrote, or edited since, has no such record.
/// </summary>
public static class Provenance
{
    /// <summary>The record's suffix: <c>samples.csv</c> is recorded in <c>.samples.csv.analytics</c>.</summary>
    public const string Suffix = ".analytics";

    /// <summary>
    /// The record's path for the output at <paramref name="path"/>: <c>.NAME.analytics</c>, or for a name too long
    /// for that (with the temporary's <c>.tmp</c>), its first characters and a hash of the whole name.
    /// </summary>
    public static string PathOf(string path)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        var record = "." + name + Suffix;
        if (Encoding.UTF8.GetByteCount(record) + ".tmp".Length > SafeFile.MaxNameBytes)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
            record = "." + name[..Math.Min(name.Length, 100)] + "-" + hash + Suffix;
        }

        return Path.Combine(Path.GetDirectoryName(full) ?? ".", record);
    }

    /// <summary>Whether the file at <paramref name="path"/> is one the toolkit wrote and nobody has changed since.</summary>
    public static bool IsOurs(string path)
    {
        var record = PathOf(path);
        try
        {
            if (!File.Exists(record) || !File.Exists(path))
            {
                return false;
            }

            var fields = File.ReadAllText(record).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length < 2 || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length) || new FileInfo(path).Length != length)
            {
                return false;
            }

            using var stream = File.OpenRead(path);
            return string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), fields[1], StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records that the toolkit has just written <paramref name="path"/> (<paramref name="length"/> bytes with SHA-256 <paramref name="hash"/>).</summary>
    internal static void Record(string path, long length, byte[] hash)
    {
        var record = PathOf(path);
        var text = string.Create(CultureInfo.InvariantCulture, $"{length} {Convert.ToHexStringLower(hash)} written by analytics; the file may be replaced by analytics while it has these bytes\n");
        var temp = record + ".tmp";
        Temporaries.Add(temp);
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, record, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
            Temporaries.Remove(temp);
        }
    }
}
