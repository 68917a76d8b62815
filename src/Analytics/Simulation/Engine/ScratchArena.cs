namespace Analytics.Simulation.Engine;

/// <summary>
/// Per-worker scratch memory handed out as spans and reclaimed all at once between blocks. After
/// the first block it is one array sized to the largest block's needs, so steady state allocates
/// nothing.
/// </summary>
internal sealed class ScratchArena<T>
    where T : struct
{
    private readonly List<T[]> _chunks = [];
    private int _used;

    /// <summary>A zeroed span of <paramref name="length"/> elements, valid until <see cref="Reset"/>.</summary>
    public Span<T> Rent(int length)
    {
        if (_chunks.Count == 0 || _chunks[^1].Length - _used < length)
        {
            // A new chunk: earlier spans stay valid because old chunks are never moved.
            _chunks.Add(new T[Math.Max(length, _chunks.Count == 0 ? 4096 : _chunks[^1].Length * 2)]);
            _used = 0;
        }

        var span = _chunks[^1].AsSpan(_used, length);
        _used += length;
        span.Clear();
        return span;
    }

    /// <summary>Reclaims every span; merges chunks so the next block fits in one.</summary>
    public void Reset()
    {
        if (_chunks.Count > 1)
        {
            var total = _chunks.Sum(c => c.Length);
            _chunks.Clear();
            _chunks.Add(new T[total]);
        }

        _used = 0;
    }
}
