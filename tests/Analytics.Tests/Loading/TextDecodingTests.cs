using System.Text;
using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class TextDecodingTests
{
    private const string Text = "客戶,金額\n華東機電,12.5\n";

    [Fact]
    public void Decode_Utf8WithoutMark_TheText()
        => Assert.Equal(Text, TextDecoding.Decode(Encoding.UTF8.GetBytes(Text), "a.csv"));

    [Fact]
    public void Decode_Utf8WithByteOrderMark_MarkDropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)];
        Assert.Equal(Text, TextDecoding.Decode(bytes, "a.csv"));
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithMark_TheText()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)];
        Assert.Equal(Text, TextDecoding.Decode(bytes, "a.csv"));
    }

    [Fact]
    public void Decode_Utf16BigEndianWithMark_TheText()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)];
        Assert.Equal(Text, TextDecoding.Decode(bytes, "a.csv"));
    }

    [Fact]
    public void Decode_Empty_EmptyText()
    {
        Assert.Equal(string.Empty, TextDecoding.Decode([], "a.csv"));
        Assert.Equal(string.Empty, TextDecoding.Decode([0xEF, 0xBB, 0xBF], "a.csv"));
    }

    [Fact]
    public void Decode_GbkOnLineTwo_RejectedAtThatLineWithTheByteAndOffset()
    {
        // "id\n中" with 中 in GBK (0xD6 0xD0): 0xD6 opens a two-byte UTF-8 sequence that 0xD0 does not continue.
        byte[] bytes = [(byte)'i', (byte)'d', (byte)'\n', 0xD6, 0xD0];
        var e = Assert.Throws<InputException>(() => TextDecoding.Decode(bytes, "people.csv"));
        Assert.Equal("people.csv", e.File);
        Assert.Equal(2, e.Line);
        Assert.Contains("byte 0xD6 at offset 3", e.Problem, StringComparison.Ordinal);
        Assert.Contains("GBK", e.Problem, StringComparison.Ordinal);
        Assert.Equal("UTF-8 text: re-save the file as 'CSV UTF-8'", e.Expected);
    }

    [Fact]
    public void Decode_InvalidAfterValidMultiByte_OffsetCountsBytes()
    {
        // "é" is two bytes in UTF-8, so the lone continuation byte 0x80 stands at offset 2.
        byte[] bytes = [0xC3, 0xA9, 0x80];
        var e = Assert.Throws<InputException>(() => TextDecoding.Decode(bytes, "a.csv"));
        Assert.Equal(1, e.Line);
        Assert.Contains("byte 0x80 at offset 2", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NulByteOnLineThree_RejectedAtThatLine()
    {
        byte[] bytes = [(byte)'a', (byte)'\n', (byte)'b', (byte)'\n', (byte)'c', 0];
        var e = Assert.Throws<InputException>(() => TextDecoding.Decode(bytes, "a.csv"));
        Assert.Equal(3, e.Line);
        Assert.Contains("NUL byte", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16WithoutMark_RejectedAsNul()
    {
        // UTF-16 without its mark looks like ASCII with NUL bytes between the letters.
        var e = Assert.Throws<InputException>(() => TextDecoding.Decode(Encoding.Unicode.GetBytes("id"), "a.csv"));
        Assert.Equal(0, e.Line); // the whole file's encoding, not a line's fault
        Assert.Contains("looks like UTF-16", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MarkedUtf16WithLoneSurrogate_RejectedForTheWholeFile()
    {
        // A high surrogate (U+D800, little-endian 0x00 0xD8) with nothing after it.
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0x00, 0x00, 0xD8];
        var e = Assert.Throws<InputException>(() => TextDecoding.Decode(bytes, "a.csv"));
        Assert.Equal(0, e.Line);
        Assert.Contains("not valid UTF-16", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Stream_SameAsItsBytes()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);
        Assert.Equal(Text, TextDecoding.Decode(stream, "a.csv"));
    }

    [Fact]
    public void Decode_InvalidStream_RejectedWithItsName()
    {
        using var stream = new MemoryStream([0xB9, 0xA4]);
        Assert.Equal("in.csv", Assert.Throws<InputException>(() => TextDecoding.Decode(stream, "in.csv")).File);
    }

    [Fact]
    public void Decode_NullStream_Throws()
        => Assert.Throws<ArgumentNullException>(() => TextDecoding.Decode((Stream)null!, "a.csv"));
}
