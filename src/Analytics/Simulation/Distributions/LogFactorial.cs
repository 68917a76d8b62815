using MathNet.Numerics;

namespace Analytics.Simulation.Distributions;

/// <summary>ln(k!) from a table for small k (the rejection tests of BTRS and PTRS) and MathNet's ln Γ beyond.</summary>
internal static class LogFactorial
{
    private const int TableSize = 1024;
    private static readonly double[] Table = Build();

    /// <summary>ln(<paramref name="k"/>!) for k &gt;= 0.</summary>
    public static double Of(double k) => k < TableSize ? Table[(int)k] : SpecialFunctions.GammaLn(k + 1);

    private static double[] Build()
    {
        var table = new double[TableSize];
        for (var k = 2; k < TableSize; k++)
        {
            table[k] = SpecialFunctions.GammaLn(k + 1.0); // not a running sum of logs: that accumulates rounding
        }

        return table;
    }
}
