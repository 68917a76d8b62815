using System.Globalization;
using Analytics.Common;

namespace Analytics.Loading;

/// <summary>A calendar month written YYYY-MM (2024-07): the one reader of month cells (monthly sales, actuals, pipeline facts).</summary>
internal static class MonthCell
{
    /// <summary>What a month cell must look like, for messages.</summary>
    public const string Expected = "a month written YYYY-MM, e.g. 2024-07";

    /// <summary>The year and month in <paramref name="column"/> of <paramref name="row"/>.</summary>
    /// <exception cref="InputException">The cell is empty or not a month, at its line and column.</exception>
    public static (int Year, int Month) Read(TableRow row, string column)
    {
        var text = row.Text(column);
        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= CalendarYears.Min and <= CalendarYears.Max && month is >= 1 and <= 12)
        {
            return (year, month);
        }

        throw row.Error(column, $"\"{text}\" is not a month", Expected);
    }
}
