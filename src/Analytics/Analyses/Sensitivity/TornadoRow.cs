using Analytics.Statistics;

namespace Analytics.Analyses.Sensitivity;

/// <summary>One bar of the tornado: an input held at its own P10 and then at its P90, every other input at its median, on the same draws of everything else.</summary>
/// <param name="Input">The input's name.</param>
/// <param name="Low">The input's P10.</param>
/// <param name="High">The input's P90.</param>
/// <param name="MeanAtLow">E[total] with the input at its P10 (萬元).</param>
/// <param name="MeanAtHigh">E[total] with the input at its P90 (萬元).</param>
/// <param name="HitAtLow">P(total &gt;= target) with the input at its P10.</param>
/// <param name="HitAtHigh">P(total &gt;= target) with the input at its P90.</param>
public sealed record TornadoRow(string Input, double Low, double High, Estimate MeanAtLow, Estimate MeanAtHigh, Estimate HitAtLow, Estimate HitAtHigh)
{
    /// <summary>|E[total] at P90 − at P10|, 萬元.</summary>
    public double MeanSwing => Math.Abs(MeanAtHigh.Value - MeanAtLow.Value);

    /// <summary>|P(hit) at P90 − at P10|.</summary>
    public double HitSwing => Math.Abs(HitAtHigh.Value - HitAtLow.Value);
}
