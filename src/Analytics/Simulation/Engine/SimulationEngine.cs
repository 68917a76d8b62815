using System.Reflection;
using Analytics.Simulation.Correlation;
using Analytics.Simulation.Results;
using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Engine;

/// <summary>
/// Runs a <see cref="ITrialModel"/>: trials are cut into fixed blocks of <see cref="BlockSize"/>;
/// every random stream of a block derives from (seed, block index, stream name), blocks run in
/// parallel on the requested threads and write disjoint slices of the output columns, and all
/// statistics are computed afterwards in trial order. The result is therefore bit-for-bit the same
/// for any thread count.
/// </summary>
public static class SimulationEngine
{
    /// <summary>Trials per block. Fixed: changing it would change every result.</summary>
    public const int BlockSize = 4096;

    /// <summary>The toolkit version recorded in manifests.</summary>
    public static string Version { get; } =
        typeof(SimulationEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SimulationEngine).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>Simulates <paramref name="model"/> as <paramref name="options"/> say.</summary>
    /// <exception cref="ArgumentException">The model is inconsistent (duplicate names, a correlation naming an unknown input).</exception>
    public static SimulationResult Run(ITrialModel model, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        Validate(model);

        var trials = options.Trials;
        var blocks = (trials + BlockSize - 1) / BlockSize;
        var lastBlockSize = trials - ((blocks - 1) * BlockSize);
        var correlation = ImanConover.Create(model.Inputs, model.Correlations, [Math.Min(BlockSize, trials), lastBlockSize]);
        var sampler = new InputSampler(model.Inputs, options.Sampler, correlation);
        var pairs = correlation?.Plan.Count ?? 0;
        var achieved = new double[blocks * pairs];
        var outputs = model.Outputs.Select(_ => new double[trials]).ToArray();
        var progress = SimulationProgress.Current;

        void RunBlock(int b, BlockContext context)
        {
            var first = (long)b * BlockSize;
            context.Begin(b, first, (int)Math.Min(BlockSize, trials - first));
            sampler.Sample(context, achieved.AsSpan(b * pairs, pairs));
            model.SimulateBlock(context);
            progress?.Invoke(context.Count);
        }

        var workers = Math.Min(options.Threads, blocks);
        if (workers == 1)
        {
            var context = new BlockContext(options.Seed, model.Inputs, outputs, BlockSize);
            for (var b = 0; b < blocks; b++)
            {
                RunBlock(b, context);
            }
        }
        else
        {
            try
            {
                Parallel.For(
                    0,
                    blocks,
                    new ParallelOptions { MaxDegreeOfParallelism = workers },
                    () => new BlockContext(options.Seed, model.Inputs, outputs, BlockSize),
                    (b, _, context) =>
                    {
                        RunBlock(b, context);
                        return context;
                    },
                    _ => { });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
        }

        // Each output's summary is computed by one thread in trial order: the figures cannot depend on
        // the thread count, and the outputs are summarised in parallel.
        var summaries = new OutputSummary[outputs.Length];
        try
        {
            Parallel.For(
                0,
                outputs.Length,
                new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
                i => summaries[i] = Summaries.Summarise(model.Outputs[i].Name, outputs[i], model.Outputs[i].Target, options.Sampler, BlockSize, model.Origin));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A non-finite output (Summaries) is an input error like any other: unwrapped, as the blocks' are.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        var reports = correlation?.Plan.Select((plan, p) => plan with { Achieved = MeanOverBlocks(achieved, p, pairs, blocks, trials) }).ToArray() ?? [];
        var manifest = new RunManifest(options.Seed, trials, options.Sampler, BlockSize, model.Fingerprint, Version);
        return new SimulationResult(manifest, summaries, outputs, reports);
    }

    // Blocks weighted by their trial counts (the last block may be short).
    private static double MeanOverBlocks(double[] achieved, int pair, int pairs, int blocks, int trials)
    {
        var sum = 0.0;
        for (var b = 0; b < blocks; b++)
        {
            sum += achieved[(b * pairs) + pair] * Math.Min(BlockSize, trials - ((long)b * BlockSize));
        }

        return sum / trials;
    }

    private static void Validate(ITrialModel model)
    {
        if (model.Outputs.Count == 0)
        {
            throw new ArgumentException("The model has no outputs.", nameof(model));
        }

        RequireUnique(model.Outputs.Select(o => o.Name), "output");
        RequireUnique(model.Inputs.Select(i => i.Name), "input");
        var inputs = model.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>();
        foreach (var c in model.Correlations)
        {
            foreach (var name in new[] { c.First, c.Second })
            {
                if (!inputs.Contains(name))
                {
                    throw new ArgumentException($"The correlation between \"{c.First}\" and \"{c.Second}\" names \"{name}\", which is not an input; inputs are: {string.Join(", ", inputs)}.", nameof(model));
                }
            }

            var key = string.CompareOrdinal(c.First, c.Second) < 0 ? (c.First, c.Second) : (c.Second, c.First);
            if (!pairs.Add(key))
            {
                throw new ArgumentException($"The correlation between \"{c.First}\" and \"{c.Second}\" is given twice.", nameof(model));
            }
        }
    }

    private static void RequireUnique(IEnumerable<string> names, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                throw new ArgumentException($"The model has two {what}s named \"{name}\".", nameof(names));
            }
        }
    }
}
