using System.Globalization;
using Analytics.Common;

namespace Analytics.Report;

/// <summary>
/// One step <see cref="OwnerReport.Build"/> has finished: the simulation or an analysis, with the
/// trials and seed it ran on and how long it took. Its text is the line <c>analytics report</c>
/// prints on standard error, e.g. "Tornado (11 inputs, each at its P10 and P90): 4,096 trials, seed 3, 0.52 s.".
/// </summary>
/// <param name="Step">What ran, e.g. "Quarterly rule and monthly fan".</param>
/// <param name="Trials">The trials it ran (what ran, after the report's caps), 1 or more.</param>
/// <param name="Seed">The seed it ran on.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record ReportProgress(string Step, int Trials, ulong Seed, TimeSpan Elapsed)
{
    /// <summary>What ran, not blank.</summary>
    public string Step { get; } = Preconditions.NotBlank(Step);

    /// <summary>"STEP: N trials, seed S, T s."</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Step}: {Trials:#,0} trials, seed {Seed}, {Elapsed.TotalSeconds:0.00} s.");
}
