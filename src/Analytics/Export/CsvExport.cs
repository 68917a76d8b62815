using System.Globalization;
using CsvHelper;

namespace Analytics.Export;

/// <summary>
/// CSV output: UTF-8 without BOM, LF line ends, invariant numbers, and text cells that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) prefixed with ' so they
/// open as text. Numbers are written as numbers and keep their sign.
/// </summary>
public static class CsvExport
{
    /// <summary>The writer options every CSV the toolkit writes uses.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = false,
    };

    /// <summary>Creates a writer over <paramref name="stream"/> with <see cref="Options"/>.</summary>
    public static CsvWriter CreateWriter(Stream stream) => CsvWriter.Create(stream, Options, leaveOpen: true);

    /// <summary>Creates a writer over <paramref name="writer"/> with <see cref="Options"/> (the writer's encoding applies).</summary>
    public static CsvWriter CreateWriter(TextWriter writer) => CsvWriter.Create(writer, Options, leaveOpen: true);
}
