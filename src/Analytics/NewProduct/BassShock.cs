using Analytics.Common;

namespace Analytics.NewProduct;

/// <summary>
/// An exponentially decaying shock to the speed of diffusion, for the generalized Bass model
/// (Bass, Krishnan and Jain 1994; shock form as in Guseo and Guidolin): from <see cref="Start"/> the
/// intensity x(t) gains c e^{-b (t - start)}. A won benchmark customer is such a shock: for a while
/// every prospect moves faster, then the effect fades as the reference ages.
/// </summary>
public sealed record BassShock
{
    /// <summary>Creates a shock.</summary>
    /// <param name="start">When it happens, periods since launch (e.g. the month of the win), &gt;= 0.</param>
    /// <param name="intensity">c, the extra intensity at the start, &gt;= 0 (1 doubles the speed at first).</param>
    /// <param name="decay">b, per period, &gt; 0: the effect halves every ln 2 / b periods.</param>
    public BassShock(double start, double intensity, double decay)
    {
        Start = Preconditions.NonNegative(start);
        Intensity = Preconditions.NonNegative(intensity);
        Decay = Preconditions.Positive(decay);
    }

    /// <summary>When the shock happens, periods since launch.</summary>
    public double Start { get; }

    /// <summary>c, the extra intensity at the start.</summary>
    public double Intensity { get; }

    /// <summary>b, the decay per period.</summary>
    public double Decay { get; }

    /// <summary>The shock's part of x(t): c e^{-b (t - start)} from the start, 0 before.</summary>
    public double Effect(double time) => time < Start ? 0.0 : Intensity * Math.Exp(-Decay * (time - Start));

    /// <summary>Its part of X(t) = integral of x from 0 to t: (c / b)(1 - e^{-b (t - start)}) from the start, 0 before.</summary>
    public double CumulativeEffect(double time) => time <= Start ? 0.0 : Intensity / Decay * -double.ExpM1(-Decay * (time - Start));
}
