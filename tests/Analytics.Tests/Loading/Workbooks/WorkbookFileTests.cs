using System.Buffers.Binary;
using System.Text;
using Analytics.Common;
using Analytics.Loading.Workbooks;
using Analytics.Tests.TestSupport;

namespace Analytics.Tests.Loading.Workbooks;

public sealed class WorkbookFileTests : IDisposable
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private readonly string _folder = Directory.CreateTempSubdirectory("analytics-workbook-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_AWorkbook_Passes()
    {
        var path = Path.Combine(_folder, "ok.xlsx");
        new XlsxBuilder().Sheet("facts", [XlsxBuilder.TextRow(1, "key")]).Save(path);
        WorkbookFile.Check(path);
    }

    [Fact]
    public void Check_AnEmptyFile_SaysSo()
        => Assert.Contains("the file is empty (0 bytes)", Refused([]), StringComparison.Ordinal);

    [Fact]
    public void Check_ACsvFileRenamedXlsx_SaysItIsText()
        => Assert.Contains("not an .xlsx workbook (an .xlsx file is a zip archive, starting with \"PK\"); it starts like a text file: a CSV file renamed .xlsx?", Refused(Encoding.UTF8.GetBytes("key,value,unit,source\nplan_year,2026,year,A1\n")), StringComparison.Ordinal);

    [Fact]
    public void Check_ALegacyXls_AsksForXlsx()
    {
        // An OLE compound file (D0 CF 11 E0 ...) whose directory names a Workbook stream, as Excel 97-2003 writes.
        var message = Refused([.. OleMagic, .. new byte[504], .. Encoding.Unicode.GetBytes("Workbook"), .. new byte[512]]);
        Assert.Contains("a legacy Excel 97-2003 workbook (.xls)", message, StringComparison.Ordinal);
        Assert.Contains("\"Excel Workbook (*.xlsx)\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_APasswordProtectedWorkbook_AsksForItWithoutThePassword()
    {
        // Excel encrypts an .xlsx into an OLE compound file with the streams EncryptionInfo and EncryptedPackage.
        var name = Encoding.Unicode.GetBytes("EncryptedPackage");
        var bytes = new byte[70_000];
        OleMagic.CopyTo(bytes, 0);
        name.CopyTo(bytes, 65_530); // across the reader's 64 KiB block boundary
        Assert.Contains("password-protected (encrypted)", Refused(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AZipBomb_RefusedFromItsCentralDirectoryBeforeAnyEntryIsRead()
    {
        var path = Path.Combine(_folder, "bomb.xlsx");
        new XlsxBuilder().Sheet("facts", [XlsxBuilder.TextRow(1, "key")]).Save(path);
        var bytes = File.ReadAllBytes(path);
        // Declare 4,000,000,000 uncompressed bytes for the first entry in the central directory (signature 50 4B 01 02; size at +24).
        var at = bytes.AsSpan().IndexOf((byte[])[0x50, 0x4B, 0x01, 0x02]);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), 4_000_000_000);
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InputException>(() => WorkbookFile.Check(path));
        Assert.Contains("would decompress to more than 1073741824 bytes", e.Message, StringComparison.Ordinal);
        Assert.Contains("declares 4000000000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ADamagedZip_SaysItIsDamaged()
        => Assert.Contains("starts like a zip archive but is damaged", Refused([0x50, 0x4B, 0x03, 0x04, .. new byte[100]]), StringComparison.Ordinal);

    [Fact]
    public void Check_NoFile_NotFound()
        => Assert.Contains("file not found", Assert.Throws<InputException>(() => WorkbookFile.Check(Path.Combine(_folder, "none.xlsx"))).Message, StringComparison.Ordinal);

    private string Refused(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InputException>(() => WorkbookFile.Check(path));
        Assert.Equal(path, e.File);
        Assert.Equal(bytes, File.ReadAllBytes(path)); // nothing written over
        return e.Message;
    }
}
