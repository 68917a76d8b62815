using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Tests.Loading;

public class PeriodSequenceTests
{
    private static IReadOnlyList<TableRow> Rows(params string[] periods)
        => CsvTable.Parse("period\n" + string.Join("\n", periods) + "\n", "t.csv", new CsvSchema("period")).Rows;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2019)]
    public void Add_ConsecutiveFromAnyStart_IndicesFromZeroAndFirstLabelKept(int first)
    {
        var sequence = new PeriodSequence("period");
        var rows = Rows([.. Enumerable.Range(first, 4).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal([0, 1, 2, 3], rows.Select(sequence.Add));
        Assert.Equal(first, sequence.Labels.First);
        Assert.Equal(new SourceLocation("t.csv", 2), sequence.Labels.Origin);
        Assert.Equal(new SourceLocation("t.csv", 5), sequence.Labels.End);
        Assert.Equal(first + 3, sequence.Labels.Label(3));
        Assert.Equal(first == 0, sequence.Labels.StartsAtZero);
    }

    [Theory]
    [InlineData(new[] { "5", "7" }, 3, "period 7 where 6 was due (a gap: period 6 missing)")]
    [InlineData(new[] { "5", "5" }, 3, "period 5 where 6 was due (the same period as line 2)")]
    [InlineData(new[] { "5", "6", "4" }, 4, "period 4 where 7 was due (periods must ascend; line 3 has period 6)")]
    [InlineData(new[] { "5", "x" }, 3, "\"x\" is not a whole number")]
    [InlineData(new[] { "5", "" }, 3, "the value is empty")]
    public void Add_NotConsecutive_ErrorAtTheRowSayingWhy(string[] periods, int line, string fragment)
    {
        var sequence = new PeriodSequence("period");
        var e = Assert.Throws<InputException>(() =>
        {
            foreach (var row in CsvTable.Parse("period,x\n" + string.Join("\n", periods.Select(p => p + ",1")) + "\n", "t.csv", new CsvSchema("period", "x")).Rows)
            {
                sequence.Add(row);
            }
        });
        Assert.Equal(line, e.Line);
        Assert.Equal("1 (period)", e.Column);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_NothingRead_Throws()
        => Assert.Throws<InvalidOperationException>(() => new PeriodSequence("period").Labels);
}
