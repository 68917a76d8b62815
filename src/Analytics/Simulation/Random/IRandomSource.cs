namespace Analytics.Simulation.Random;

/// <summary>
/// A source of uniform random bits. Samplers take it as a generic struct parameter passed by
/// reference (<c>ref TRandom rng</c> with <c>where TRandom : struct, IRandomSource</c>) so that the
/// JIT specialises and inlines the generator: no virtual call and no allocation per draw.
/// </summary>
public interface IRandomSource
{
    /// <summary>The next 64 uniformly distributed bits.</summary>
    ulong NextUInt64();

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    double NextDouble();

    /// <summary>A uniform double in the open interval (0, 1): safe for logarithms and inverse CDFs.</summary>
    double NextOpenDouble();
}
