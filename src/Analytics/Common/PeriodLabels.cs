using System.Globalization;

namespace Analytics.Common;

/// <summary>
/// How the periods of a series were labelled where it was read: period 0 (a product's launch, a
/// cohort's start) carries the label <see cref="First"/> and each later period the next whole number,
/// so a file may count 0, 1, 2 ..., 1, 2, 3 ... or calendar years 2019, 2020 ... The models count
/// from 0; the labels only name the periods back to the user.
/// </summary>
/// <param name="First">The label of period 0: a whole number &gt;= 0.</param>
/// <param name="Origin">Where period 0 was read (file and line), or <see cref="SourceLocation.None"/>.</param>
public sealed record PeriodLabels(int First, SourceLocation Origin)
{
    /// <summary>Periods labelled 0, 1, 2 ..., read from nowhere in particular (a series built in code).</summary>
    public static PeriodLabels FromZero { get; } = new(0, SourceLocation.None);

    /// <summary>The label of period 0 (validated: &gt;= 0).</summary>
    public int First { get; } = Preconditions.NonNegative(First);

    /// <summary>Where period 0 was read.</summary>
    public SourceLocation Origin { get; } = Preconditions.NotNull(Origin);

    /// <summary>Where the last period was read (default: <see cref="Origin"/>).</summary>
    public SourceLocation End { get; init; } = Origin;

    /// <summary>Whether the labels are the periods themselves (0, 1, 2 ...).</summary>
    public bool StartsAtZero => First == 0;

    /// <summary>The label of period <paramref name="period"/> (&gt;= 0): <see cref="First"/> + period.</summary>
    public int Label(int period) => checked(First + Preconditions.NonNegative(period));

    /// <summary>"period 0 is the row labelled 2019 (file.csv:2)", for messages and reports.</summary>
    public string Describe()
        => "period 0 is the row labelled " + First.ToString(CultureInfo.InvariantCulture) + (Origin.Line > 0 ? $" ({Origin})" : string.Empty);
}
