using Analytics.Simulation.Results;
using Microsoft.Data.Analysis;

namespace Analytics.Interactive.Tables;

/// <summary>A run's figures as <see cref="DataFrame"/>s, for notebooks and further analysis (the tables the notebooks show; the library itself stays free of DataFrames).</summary>
public static class ResultFrames
{
    /// <summary>One row per output: mean, std, mean's standard error, P5..P95, target, P(&gt;= target) with its standard error and 95% interval.</summary>
    public static DataFrame Summary(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Outputs;
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("output", o.Select(x => x.Name)),
            new DoubleDataFrameColumn("mean", o.Select(x => x.Mean)),
            new DoubleDataFrameColumn("std", o.Select(x => x.StandardDeviation)),
            new DoubleDataFrameColumn("meanStdError", o.Select(x => x.MeanStandardError)),
        };
        for (var i = 0; i < Percentiles.Levels.Count; i++)
        {
            var level = i;
            columns.Add(new DoubleDataFrameColumn("p" + ((int)Math.Round(Percentiles.Levels[level] * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture), o.Select(x => x.Percentiles.Values[level])));
        }

        columns.Add(new DoubleDataFrameColumn("target", o.Select(x => x.Target)));
        columns.Add(new DoubleDataFrameColumn("probabilityOfTarget", o.Select(x => x.ProbabilityOfTarget?.Value)));
        columns.Add(new DoubleDataFrameColumn("probabilityStdError", o.Select(x => x.ProbabilityOfTarget?.StandardError)));
        columns.Add(new DoubleDataFrameColumn("probabilityLower95", o.Select(x => x.ProbabilityOfTarget?.Lower95)));
        columns.Add(new DoubleDataFrameColumn("probabilityUpper95", o.Select(x => x.ProbabilityOfTarget?.Upper95)));
        return new DataFrame(columns);
    }

    /// <summary>One row per trial: "trial" (1-based) and one column per output (copies the samples: 8 bytes per trial per output).</summary>
    public static DataFrame Samples(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var columns = new List<DataFrameColumn> { new Int32DataFrameColumn("trial", Enumerable.Range(1, result.Manifest.Trials)) };
        for (var i = 0; i < result.Outputs.Count; i++)
        {
            columns.Add(new DoubleDataFrameColumn(result.Outputs[i].Name, result.Samples(i).ToArray()));
        }

        return new DataFrame(columns);
    }

    /// <summary>The convergence trace: one row per output and checkpoint (trials, running mean, its standard error, running P(&gt;= target)).</summary>
    public static DataFrame Convergence(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Outputs.SelectMany(o => o.Convergence.Select(c => (o.Name, c))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("output", rows.Select(r => r.Name)),
            new Int64DataFrameColumn("trials", rows.Select(r => r.c.Trials)),
            new DoubleDataFrameColumn("mean", rows.Select(r => r.c.Mean)),
            new DoubleDataFrameColumn("meanStdError", rows.Select(r => r.c.MeanStandardError)),
            new DoubleDataFrameColumn("probabilityOfTarget", rows.Select(r => r.c.ProbabilityOfTarget)));
    }
}
