using Analytics.Common;
using Analytics.Simulation.Results;

namespace Analytics.Simulation.Engine;

/// <summary>
/// Runs a model on input values the caller chooses (an experimental design such as Saltelli's
/// matrices) instead of the engine's draws. Each design row is a block of one trial whose random
/// streams derive from (seed, the row's noise index, stream name): rows given the same noise
/// index see exactly the same internal randomness (order counts, order values, wins) whatever
/// their inputs, and rows with different indices see independent randomness. One-trial blocks are
/// what makes the coupling exact: in a longer block a changed input can change how many uniforms
/// a rejection sampler takes and so shift the draws of every later trial of the block.
/// Correlations of the model are ignored: the design fixes the inputs. Results depend on the
/// seed, the inputs and the noise indices, never on the thread count.
/// </summary>
public static class DesignRunner
{
    /// <summary>Runs <paramref name="model"/> on the rows of a design.</summary>
    /// <param name="model">The model; its <see cref="ITrialModel.Inputs"/> give the order of <paramref name="inputs"/>.</param>
    /// <param name="inputs">One column per model input, each with one finite value per row (at least one row).</param>
    /// <param name="noise">Per row, the index (&gt;= 0) of the block whose random streams the row uses.</param>
    /// <param name="seed">The run seed.</param>
    /// <param name="threads">Worker threads, 1 to <see cref="SimulationOptions.MaxThreads"/> (default: the processor count); never changes results.</param>
    /// <returns>One array per model output, one value per row.</returns>
    public static double[][] Run(ITrialModel model, IReadOnlyList<double[]> inputs, IReadOnlyList<long> noise, ulong seed, int? threads = null)
    {
        Preconditions.NotNull(model);
        Preconditions.NotNull(inputs);
        Preconditions.NotNull(noise);
        var workers = SimulationOptions.ResolveThreads(threads);
        if (inputs.Count != model.Inputs.Count)
        {
            throw new ArgumentException($"inputs must hold one column per model input ({model.Inputs.Count}: {string.Join(", ", model.Inputs.Select(i => i.Name))}); had {inputs.Count}.", nameof(inputs));
        }

        var rows = noise.Count;
        if (rows == 0)
        {
            throw new ArgumentException("noise must hold one index per design row; was empty.", nameof(noise));
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            Preconditions.NotNull(inputs[i], $"inputs[{i}]");
            if (inputs[i].Length != rows)
            {
                throw new ArgumentException($"inputs[{i}] (\"{model.Inputs[i].Name}\") must have one value per row ({rows}); had {inputs[i].Length}.", nameof(inputs));
            }

            var bad = Array.FindIndex(inputs[i], v => !double.IsFinite(v));
            if (bad >= 0)
            {
                throw new ArgumentException($"inputs[{i}] (\"{model.Inputs[i].Name}\") must be finite; row {bad} was {Preconditions.Format(inputs[i][bad])}.", nameof(inputs));
            }
        }

        for (var r = 0; r < rows; r++)
        {
            if (noise[r] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(noise), $"noise indices must be >= 0; row {r} was {noise[r]}.");
            }
        }

        var outputs = model.Outputs.Select(_ => new double[rows]).ToArray();
        var chunks = Math.Min(workers * 8, rows);
        var progress = SimulationProgress.Current;
        try
        {
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = workers },
                () => new BlockContext(seed, model.Inputs, outputs, 1),
                (chunk, _, context) =>
                {
                    var (from, to) = ((long)rows * chunk / chunks, (long)rows * (chunk + 1) / chunks);
                    for (var r = (int)from; r < to; r++)
                    {
                        context.Begin(noise[r], r, 1);
                        for (var i = 0; i < inputs.Count; i++)
                        {
                            context.InputColumn(i)[0] = inputs[i][r];
                        }

                        model.SimulateBlock(context);
                    }

                    progress?.Invoke((int)(to - from));

                    return context;
                },
                _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        for (var i = 0; i < outputs.Length; i++)
        {
            NonFinite.Check(outputs[i].Sum(), outputs[i], model.Outputs[i].Name, model.Origin);
        }

        return outputs;
    }
}
