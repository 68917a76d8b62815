using System.Globalization;
using Analytics.Common;

namespace Analytics.Simulation.Results;

/// <summary>
/// The one answer to a simulated output that is not a finite number (a value overflowed to
/// infinity, or infinities cancelled to NaN): an <see cref="InputException"/> naming where the model
/// was read from (the scenario file) and the output (a stream, the total, a recorded input), so every
/// command that simulates answers the same, exit 2. Checked where outputs are summarised: a sum over
/// the trials is finite exactly when every value is and their sum does not overflow. Only a model read
/// from a file (its <see cref="Engine.ITrialModel.Origin"/> set: a scenario, whose load-time limits keep
/// every value far below overflow) is held to it; a model built in code keeps IEEE arithmetic (an
/// infinite mean or spread is its own result).
/// </summary>
internal static class NonFinite
{
    /// <summary>Throws unless <paramref name="aggregate"/> (a sum or a spread of <paramref name="values"/>) is finite.</summary>
    /// <param name="aggregate">The sum or standard deviation computed from the values.</param>
    /// <param name="values">The output's per-trial values (searched for the first bad trial only when the aggregate is not finite).</param>
    /// <param name="output">The output's name.</param>
    /// <param name="origin">The model's origin (<see cref="Engine.ITrialModel.Origin"/>); null (a model built in code) skips the check.</param>
    /// <exception cref="InputException">The model was read from a file and the aggregate is not finite.</exception>
    public static void Check(double aggregate, ReadOnlySpan<double> values, string output, string? origin)
    {
        if (origin is null || double.IsFinite(aggregate))
        {
            return;
        }

        var trial = FirstNonFinite(values);
        var where = trial >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"it is {values[trial]} in trial {trial + 1:#,0}")
            : "its values overflow when added up";
        throw new InputException(
            origin,
            0,
            null,
            $"the simulated \"{output}\" is not a finite number ({where}): some value of the scenario is too large for its counts",
            "order values, counts and multipliers whose products stay far below 1e308 (the scenario's limits, data/scenarios/README.md)");
    }

    private static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
