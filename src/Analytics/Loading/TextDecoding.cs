using System.Globalization;
using System.Text;
using Analytics.Common;

namespace Analytics.Loading;

/// <summary>
/// Turns a file's bytes into text without guessing. UTF-8 (with or without a byte-order mark) and
/// UTF-16 with a byte-order mark are read; anything else (GBK, Big5, Latin-1 exports) is rejected
/// with the line of the first bad byte, because decoding it as UTF-8 would silently corrupt names.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="file"/>.</summary>
    /// <exception cref="InputException">The bytes are not valid UTF-8 or BOM-marked UTF-16.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], file, bigEndian: false);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], file, bigEndian: true);
        }

        if (Utf16WithoutMark(bytes) is { } order)
        {
            throw new InputException(file, 0, null, $"the file looks like UTF-16 ({order}) without a byte-order mark: every other byte is zero", ResaveHint(file));
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var line = 1 + bytes[..invalidAt].Count((byte)'\n');
            throw new InputException(
                file,
                line,
                null,
                $"the file is not valid UTF-8 (byte 0x{bytes[invalidAt].ToString("X2", CultureInfo.InvariantCulture)} at offset {invalidAt.ToString(CultureInfo.InvariantCulture)}); it may be saved as GBK or Big5",
                ResaveHint(file));
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            var at = bytes.IndexOf((byte)0);
            throw new InputException(file, 1 + bytes[..at].Count((byte)'\n'), null, "the file contains a NUL byte (binary data or UTF-16 without a byte-order mark)", "UTF-8 text");
        }

        return StrictUtf8.GetString(bytes);
    }

    /// <summary>Reads and decodes a whole stream.</summary>
    public static string Decode(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), file);
    }

    // What to do about an encoding, in the words of the program that saves this kind of file.
    private static string ResaveHint(string file)
        => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? "UTF-8 text: re-save the file as 'CSV UTF-8'"
            : "UTF-8 text: re-save the file with the encoding UTF-8 (in most editors: Save As, Encoding: UTF-8)";

    // UTF-16 text of mostly ASCII characters without a byte-order mark has a zero in every other byte:
    // at even offsets when big-endian, at odd ones when little-endian. Null when the bytes do not look so.
    private static string? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            even += sample[i] == 0 ? 1 : 0;
            odd += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return even * 10 >= pairs * 4 && odd * 10 < pairs ? "big-endian"
            : odd * 10 >= pairs * 4 && even * 10 < pairs ? "little-endian"
            : null;
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, string file, bool bigEndian)
    {
        try
        {
            return new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (ArgumentException)
        {
            throw new InputException(file, 0, null, "the file starts with a UTF-16 byte-order mark but is not valid UTF-16", "UTF-8 text");
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
