using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Analytics.Benchmarks;

/// <summary>
/// The machine is shared by several engineers on two cores: a short job (3 warm-ups, 5 iterations)
/// gives usable numbers without occupying it for minutes; memory diagnostics report allocations.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortJobAttribute : Attribute, IConfigSource
{
    public ShortJobAttribute()
    {
        Config = ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1))
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }

    public IConfig Config { get; }
}
