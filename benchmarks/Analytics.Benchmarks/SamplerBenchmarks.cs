using Analytics.Simulation.Distributions;
using Analytics.Simulation.Random;
using BenchmarkDotNet.Attributes;

namespace Analytics.Benchmarks;

/// <summary>The per-draw kernels, 4096 draws per operation (divide the time by 4096 for one draw).</summary>
[ShortJob]
public class SamplerBenchmarks
{
    private const int N = 4096;
    private readonly double[] _values = new double[N];
    private readonly int[] _counts = new int[N];
    private readonly LogNormal _order = LogNormal.FromMeanCv(10, 0.6);
    private readonly Poisson _upgrades = new(100);
    private Xoshiro256StarStar _rng = new(1);

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public double Uniform()
    {
        var rng = _rng; // a local, as the kernels use it: the state stays in registers
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            sum += rng.NextDouble();
        }

        _rng = rng;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void ZigguratNormal() => StandardNormal.Fill(ref _rng, _values);

    [Benchmark(OperationsPerInvoke = N)]
    public void LogNormalBuffer() => _order.Samples(ref _rng, _values);

    [Benchmark(OperationsPerInvoke = N)]
    public void PoissonTable() => _upgrades.SampleCounts(ref _rng, _counts);

    [Benchmark(OperationsPerInvoke = N)]
    public int BinomialInversion()
    {
        var sum = 0;
        for (var i = 0; i < N; i++)
        {
            sum += Binomial.Sample(ref _rng, 120, 0.15); // a reference funnel: n p = 18, a search from 0
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int BinomialBtrs()
    {
        var sum = 0;
        for (var i = 0; i < N; i++)
        {
            sum += Binomial.Sample(ref _rng, 2000, 0.3); // n p = 600: above the inversion limit
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double BetaMarsagliaTsang()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++)
        {
            sum += Beta.Sample(ref _rng, 15, 85);
        }

        return sum;
    }
}
