using Analytics.Simulation.Random;
using Analytics.Simulation.Sampling;

namespace Analytics.Simulation.Engine;

/// <summary>
/// One block of trials as a model sees it: its random streams (derived from the run seed, the
/// block index and a stream key, never from the worker), its input columns, its output slices and
/// scratch memory. Reused for the blocks one worker runs; spans are valid only during
/// <see cref="ITrialModel.SimulateBlock"/>.
/// </summary>
public sealed class BlockContext
{
    private readonly double[][] _inputs;
    private readonly double[][] _outputs;
    private readonly Dictionary<string, int> _inputIndex;
    private readonly ScratchArena<double> _doubles = new();
    private readonly ScratchArena<int> _ints = new();
    private LogNormalLanes? _logNormalLanes;

    internal BlockContext(ulong seed, IReadOnlyList<ScalarInput> inputs, double[][] outputs, int blockSize)
    {
        Seed = seed;
        _outputs = outputs;
        _inputs = inputs.Select(_ => new double[blockSize]).ToArray();
        _inputIndex = inputs.Select((input, i) => (input.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The block's index (0-based); trials [FirstTrial, FirstTrial + Count) belong to it.</summary>
    public long BlockIndex { get; private set; }

    /// <summary>The index of the block's first trial in the run.</summary>
    public long FirstTrial { get; private set; }

    /// <summary>The number of trials in the block (the engine's block size, less in the last block).</summary>
    public int Count { get; private set; }

    /// <summary>The generator of the stream with <paramref name="key"/> (see <see cref="RandomStreams.Key"/>) in this block.</summary>
    public Xoshiro256StarStar Stream(ulong key) => new(StreamSeed(key));

    /// <summary>The seed of the stream with <paramref name="key"/> in this block, e.g. to derive per-trial sub-streams.</summary>
    public ulong StreamSeed(ulong key) => RandomStreams.Seed(Seed, (ulong)BlockIndex, key);

    /// <summary>The block's draws of input <paramref name="index"/> (in the order of <see cref="ITrialModel.Inputs"/>).</summary>
    public ReadOnlySpan<double> Input(int index) => _inputs[index].AsSpan(0, Count);

    /// <summary>The block's draws of the input named <paramref name="name"/>.</summary>
    public ReadOnlySpan<double> Input(string name)
        => _inputIndex.TryGetValue(name, out var i)
            ? Input(i)
            : throw new ArgumentException($"The model has no input named \"{name}\"; its inputs are: {string.Join(", ", _inputIndex.Keys)}.", nameof(name));

    /// <summary>Where the block's values of output <paramref name="index"/> go (in the order of <see cref="ITrialModel.Outputs"/>).</summary>
    public Span<double> Output(int index) => _outputs[index].AsSpan((int)FirstTrial, Count);

    /// <summary>Zeroed scratch doubles, valid for this block only.</summary>
    public Span<double> RentDoubles(int length) => _doubles.Rent(length);

    /// <summary>Zeroed scratch integers, valid for this block only.</summary>
    public Span<int> RentInts(int length) => _ints.Rent(length);

    /// <summary>The worker's lognormal compound-sum kernel (it owns buffers, so one per worker, made on first use).</summary>
    internal LogNormalLanes LogNormalLanes => _logNormalLanes ??= new();

    /// <summary>Writable input columns, for the engine's input sampler.</summary>
    internal Span<double> InputColumn(int index) => _inputs[index].AsSpan(0, Count);

    internal void Begin(long blockIndex, long firstTrial, int count)
    {
        BlockIndex = blockIndex;
        FirstTrial = firstTrial;
        Count = count;
        _doubles.Reset();
        _ints.Reset();
    }
}
