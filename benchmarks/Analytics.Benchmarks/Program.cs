using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. --filter '*Sampler*' or --filter '*ReferenceScenario*'.
BenchmarkSwitcher.FromAssembly(typeof(Analytics.Benchmarks.SamplerBenchmarks).Assembly).Run(args);
