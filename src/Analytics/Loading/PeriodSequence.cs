using System.Globalization;
using Analytics.Common;

namespace Analytics.Loading;

/// <summary>
/// Reads a column of consecutive whole-number periods, one row after the other: the first row's
/// label is period 0 (0, 1 or a calendar year such as 2019) and every later row must carry the next
/// whole number. A gap, a repeat or a period that does not ascend is an error at its line and column,
/// named as such.
/// </summary>
public sealed class PeriodSequence
{
    private const string Expected = "consecutive whole-number periods, one per row in ascending order (0, 1, 2 ...; 1, 2, 3 ...; or years such as 2019, 2020 ...)";

    private readonly string _column;
    private int _first;
    private int _previousLine;
    private SourceLocation? _origin;
    private SourceLocation? _end;
    /// <summary>Starts an empty sequence read from <paramref name="column"/>.</summary>
    public PeriodSequence(string column) => _column = Preconditions.NotBlank(column);

    /// <summary>How many periods have been read.</summary>
    public int Count { get; private set; }

    /// <summary>The labels read so far: period 0 is the first row's.</summary>
    /// <exception cref="InvalidOperationException">No row has been read.</exception>
    public PeriodLabels Labels => Count > 0 ? new PeriodLabels(_first, _origin!) { End = _end! } : throw new InvalidOperationException("No period has been read.");

    /// <summary>Reads the period of <paramref name="row"/>, the next row of the file.</summary>
    /// <returns>The period's index from 0.</returns>
    /// <exception cref="InputException">The cell is not a whole number &gt;= 0, or not the period after the previous row's.</exception>
    public int Add(TableRow row)
    {
        Preconditions.NotNull(row);
        var label = row.Integer(_column, 0);
        if (Count == 0)
        {
            (_first, _origin) = (label, row.Location);
        }
        else
        {
            var due = _first + Count;
            if (label != due)
            {
                var previous = due - 1;
                var why = label == previous ? $"the same period as line {Text(_previousLine)}"
                    : label < previous ? $"periods must ascend; line {Text(_previousLine)} has period {Text(previous)}"
                    : $"a gap: period{(label - due > 1 ? "s" : string.Empty)} {Text(due)}{(label - due > 1 ? "-" + Text(label - 1) : string.Empty)} missing";
                throw row.Error(_column, $"period {Text(label)} where {Text(due)} was due ({why})", Expected);
            }
        }

        (_previousLine, _end) = (row.Line, row.Location);
        return Count++;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
