namespace Analytics.Loading.Workbooks;

/// <summary>
/// The bounds a plan workbook is read within, checked before the work they bound, so a hostile file
/// (a zip bomb, a million rows) is refused in bounded time and memory. Documented in data/README.md.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>The largest .xlsx file read, in bytes: the CSV files' own bound (<see cref="CsvTable.MaxFileBytes"/>, 256 MiB).</summary>
    public const long MaxFileBytes = CsvTable.MaxFileBytes;

    /// <summary>
    /// The largest total of the uncompressed sizes the zip's central directory declares for its entries (1 GiB), checked
    /// before any entry is opened; the package is also opened with <c>OpenSettings.MaxCharactersInPart</c> at this bound,
    /// for an entry that decompresses to more than it declared.
    /// </summary>
    public const long MaxUncompressedBytes = 1L << 30;

    /// <summary>The most rows a sheet may have, header included (500,000): far more than a plan's customer list, well below Excel's 1,048,576.</summary>
    public const int MaxRows = 500_000;
}
