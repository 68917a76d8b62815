using Analytics.Common;
using MathNet.Numerics;

namespace Analytics.Analyses.Tracking;

/// <summary>
/// Chances of a component's count already decided (benchmark accounts won and lost): of
/// <paramref name="Chances"/> exchangeable chances, a trial whose count (e.g. benchmarks won this year)
/// is K makes the decided ones <paramref name="Won"/> won and <paramref name="Lost"/> lost with the
/// hypergeometric probability C(K, won) C(n − K, lost) / C(n, won + lost): 0 for a trial whose count
/// contradicts them (fewer wins than already won, or more than the chances not yet lost), and more
/// for trials with more wins when the decided ones were won.
/// </summary>
/// <param name="Component">The component's name, e.g. "newProduct.benchmarks".</param>
/// <param name="Chances">n, &gt;= won + lost.</param>
/// <param name="Won">Chances decided and won, &gt;= 0.</param>
/// <param name="Lost">Chances decided and lost, &gt;= 0.</param>
public sealed record CountEvidence(string Component, int Chances, int Won, int Lost)
{
    /// <summary>The component (validated: not blank).</summary>
    public string Component { get; } = Preconditions.NotBlank(Component);

    /// <summary>n (validated: &gt;= 0).</summary>
    public int Chances { get; } = Preconditions.NonNegative(Chances);

    /// <summary>Won (validated: &gt;= 0).</summary>
    public int Won { get; } = Preconditions.NonNegative(Won);

    /// <summary>Lost (validated: 0 to n − won).</summary>
    public int Lost { get; } = Preconditions.InRange(Lost, 0, Chances - Won);

    /// <summary>ln of the hypergeometric probability of the decided outcomes given a trial's count <paramref name="count"/> (−∞ when it contradicts them).</summary>
    public double LogLikelihood(int count)
        => count < Won || Chances - count < Lost || count > Chances
            ? double.NegativeInfinity
            : SpecialFunctions.BinomialLn(count, Won) + SpecialFunctions.BinomialLn(Chances - count, Lost) - SpecialFunctions.BinomialLn(Chances, Won + Lost);
}
