using System.Globalization;
using Analytics.Common;

namespace Analytics.Analyses.Splits;

/// <summary>Splits on a regular grid over the simplex: every split whose shares are whole multiples of the step.</summary>
public static class SplitGrid
{
    /// <summary>
    /// The most splits a grid may have: every split is judged on every trial, so a grid is a
    /// multiple of the simulation's cost, and a step too fine for the streams (0.001 over three:
    /// 501,501 splits) would run for hours and hold every row in memory. 0.005 over three streams
    /// (20,301) is just past it; 0.01 (5,151) is well inside.
    /// </summary>
    public const int MaxSplits = 20_000;

    /// <summary>The finest grid step accepted (before <see cref="MaxSplits"/> limits it by the number of streams).</summary>
    public const double MinStep = 1e-4;

    /// <summary>
    /// Every split of <paramref name="streams"/> shares that are multiples of <paramref name="step"/>
    /// (1/step must be a whole number within 1e-9): C(m + k − 1, k − 1) splits for m = 1/step, e.g.
    /// 231 for three streams at 5%. Ordered lexicographically by the first share, then the second...
    /// </summary>
    /// <param name="streams">Number of streams, 1 to 10.</param>
    /// <param name="step">The grid step, in (0, 1]; 1/step a whole number (default 0.05).</param>
    /// <exception cref="ArgumentException">The step does not divide 1, or the grid would have more than <see cref="MaxSplits"/> splits.</exception>
    public static IReadOnlyList<Split> Simplex(int streams, double step = 0.05)
    {
        Count(streams, step);
        var m = Parts(step);
        var result = new List<Split>();
        var units = new int[streams];
        void Fill(int k, int left)
        {
            if (k == streams - 1)
            {
                units[k] = left;
                result.Add(new Split(units.Select(u => (double)u / m).ToArray()));
                return;
            }

            for (var u = 0; u <= left; u++)
            {
                units[k] = u;
                Fill(k + 1, left - u);
            }
        }

        Fill(0, m);
        return result;
    }

    /// <summary>The number of splits <see cref="Simplex"/> gives for these arguments, C(1/step + streams − 1, streams − 1), checked as it checks them.</summary>
    /// <inheritdoc cref="Simplex" path="/param"/>
    /// <inheritdoc cref="Simplex" path="/exception"/>
    public static int Count(int streams, double step = 0.05)
    {
        Preconditions.InRange(streams, 1, 10);
        var m = Parts(step);

        var count = Compositions(m, streams);
        if (count > MaxSplits)
        {
            // The finest step that fits, to say what would work.
            var coarser = m;
            while (Compositions(coarser, streams) > MaxSplits)
            {
                coarser--;
            }

            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"step {step} over {streams} streams gives {count:#,0} splits, more than the {MaxSplits:#,0} a grid may have; use a step of 1/{coarser} ({1.0 / coarser:G6}) or coarser."), nameof(step));
        }

        return (int)count;
    }

    /// <summary>The steps <see cref="FinestStep"/> chooses from, finest first: each a whole or half percentage a reader can check at a glance.</summary>
    public static IReadOnlyList<double> ReadableSteps { get; } = [0.05, 0.1, 0.2, 0.25, 0.5, 1];

    /// <summary>
    /// The finest of <see cref="ReadableSteps"/> whose grid over <paramref name="streams"/> has at most
    /// <paramref name="maxSplits"/> splits, e.g. 0.05 for three streams (231 splits), 0.1 for four (286),
    /// 0.25 for eight (330) under a cap of 500: a report keeps the work of judging every split about the
    /// same whatever the number of business lines.
    /// </summary>
    /// <param name="streams">Number of streams, 1 to 10.</param>
    /// <param name="maxSplits">The most splits wanted, at least <paramref name="streams"/> (the grid of step 1); <see cref="MaxSplits"/> applies anyway.</param>
    public static double FinestStep(int streams, int maxSplits)
    {
        Preconditions.InRange(streams, 1, 10);
        Preconditions.InRange(maxSplits, streams, int.MaxValue);
        return ReadableSteps.First(step => Compositions(Parts(step), streams) <= Math.Min(maxSplits, MaxSplits));
    }

    /// <summary>
    /// The one rule for a grid step: in [<see cref="MinStep"/>, 1] and dividing 1 into a whole
    /// number of parts (within 1e-9). Returns the number of parts, 1/step.
    /// </summary>
    /// <param name="step">The grid step.</param>
    /// <exception cref="ArgumentOutOfRangeException">The step breaks the rule; the message says which part and shows good steps.</exception>
    public static int Parts(double step)
    {
        Preconditions.InRange(step, MinStep, 1);
        var m = (int)Math.Round(1 / step);
        return Math.Abs((m * step) - 1) <= 1e-9
            ? m
            : throw new ArgumentOutOfRangeException(nameof(step), $"step must divide 1 into a whole number of parts (0.05, 0.1, 0.025, ...); was {Preconditions.Format(step)}.");
    }

    // C(m + k − 1, k − 1), the compositions of m units into k shares; in doubles, exact far past the cap.
    private static double Compositions(int m, int k)
    {
        var c = 1.0;
        for (var i = 1; i < k; i++)
        {
            c = c * (m + i) / i;
        }

        return c;
    }
}
