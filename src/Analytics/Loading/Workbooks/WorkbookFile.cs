using System.Globalization;
using System.IO.Compression;
using System.Text;
using Analytics.Common;

namespace Analytics.Loading.Workbooks;

/// <summary>
/// What a file given as a workbook really is, checked from its bytes before any XML is parsed: an empty file, a
/// password-protected workbook or a legacy .xls (both OLE compound files, magic D0 CF 11 E0), a text file renamed
/// .xlsx, or a zip whose central directory declares more than <see cref="WorkbookLimits.MaxUncompressedBytes"/>
/// (a zip bomb). Each is an <see cref="InputException"/> that says what the file is and how to make it readable.
/// </summary>
public static class WorkbookFile
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // An encrypted OOXML file is a compound file holding these two streams (MS-OFFCRYPTO 2.3.4); their names are UTF-16LE in its directory.
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>Fails unless <paramref name="path"/> is a zip archive of bounded size, which an .xlsx workbook is.</summary>
    /// <exception cref="InputException">The file is missing, empty, too large, or not an .xlsx workbook.</exception>
    public static void Check(string path)
    {
        Preconditions.NotBlank(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new InputException(path, 0, null, "file not found", "an .xlsx workbook with one sheet per plan table");
            }

            if (info.Length == 0)
            {
                throw new InputException(path, 0, null, "the file is empty (0 bytes)", "an .xlsx workbook saved by Excel, WPS or LibreOffice");
            }

            if (info.Length > WorkbookLimits.MaxFileBytes)
            {
                throw new InputException(path, 0, null, $"the file is {info.Length.ToString(CultureInfo.InvariantCulture)} bytes, larger than the {WorkbookLimits.MaxFileBytes.ToString(CultureInfo.InvariantCulture)} bytes this toolkit reads");
            }

            using var stream = File.OpenRead(path);
            var head = new byte[8];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read >= OleMagic.Length && head.AsSpan().SequenceEqual(OleMagic))
            {
                stream.Position = 0;
                throw Contains(stream, EncryptedPackageName)
                    ? new InputException(path, 0, null, "the workbook is password-protected (encrypted), so its sheets cannot be read", "the workbook saved without a password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save)")
                    : new InputException(path, 0, null, "the file is a legacy Excel 97-2003 workbook (.xls) or another OLE document, not an .xlsx workbook", "the workbook saved as \"Excel Workbook (*.xlsx)\"");
            }

            if (read < ZipMagic.Length || !head.AsSpan(0, ZipMagic.Length).SequenceEqual(ZipMagic))
            {
                var looksText = head.AsSpan(0, read).IndexOfAnyInRange((byte)0, (byte)8) < 0;
                throw new InputException(path, 0, null, "the file is not an .xlsx workbook (an .xlsx file is a zip archive, starting with \"PK\")" + (looksText ? "; it starts like a text file: a CSV file renamed .xlsx?" : string.Empty), "an .xlsx workbook, or the plan's CSV files (named .csv) in a plan folder");
            }

            stream.Position = 0;
            CheckSizes(path, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, null, "cannot be read: " + e.Message);
        }
    }

    /// <summary>Adds the uncompressed sizes the central directory declares, without decompressing anything.</summary>
    private static void CheckSizes(string path, Stream stream)
    {
        long total = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > WorkbookLimits.MaxUncompressedBytes)
                {
                    throw new InputException(path, 0, null, $"the workbook's parts would decompress to more than {WorkbookLimits.MaxUncompressedBytes.ToString(CultureInfo.InvariantCulture)} bytes (its zip directory declares {entry.Length.ToString(CultureInfo.InvariantCulture)} bytes for {entry.FullName} alone; a zip bomb?)", $"a workbook of at most {WorkbookLimits.MaxUncompressedBytes.ToString(CultureInfo.InvariantCulture)} bytes uncompressed (a plan's tables are a few megabytes)");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new InputException(path, 0, null, "the file starts like a zip archive but is damaged: " + e.Message, "an .xlsx workbook saved again by Excel, WPS or LibreOffice");
        }
    }

    /// <summary>Whether <paramref name="stream"/> holds <paramref name="pattern"/>, read in blocks (the file is already bounded in size).</summary>
    private static bool Contains(Stream stream, byte[] pattern)
    {
        var block = new byte[1 << 16];
        var carry = 0;
        int read;
        while ((read = stream.Read(block, carry, block.Length - carry)) > 0)
        {
            var filled = carry + read;
            if (block.AsSpan(0, filled).IndexOf(pattern) >= 0)
            {
                return true;
            }

            // Keep the tail, so a name split across two blocks is still found.
            carry = Math.Min(pattern.Length - 1, filled);
            block.AsSpan(filled - carry, carry).CopyTo(block);
        }

        return false;
    }
}
