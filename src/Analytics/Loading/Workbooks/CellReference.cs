using System.Globalization;
using Analytics.Common;

namespace Analytics.Loading.Workbooks;

/// <summary>A cell's name as Excel writes it: column letters and a 1-based row, "C14".</summary>
public static class CellReference
{
    /// <summary>Excel's last column, XFD (0-based 16,383).</summary>
    public const int MaxColumn = 16_383;

    /// <summary>The column letters of the 0-based column <paramref name="index"/> (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        Preconditions.InRange(index, 0, MaxColumn);
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The cell at the 0-based <paramref name="column"/> and 1-based <paramref name="row"/>, e.g. (2, 14) → "C14".</summary>
    public static string Name(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "C14" as (2, 14); false for anything else (lower case, "$C$14", a range, no row).</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = -1;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        var letters = 0;
        while (i < reference.Length && reference[i] is >= 'A' and <= 'Z')
        {
            letters = (letters * 26) + (reference[i] - 'A' + 1);
            if (letters > MaxColumn + 1)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) || row < 1)
        {
            row = 0;
            return false;
        }

        column = letters - 1;
        return true;
    }
}
