using Analytics.Analyses.Tracking;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>Turns the tracking analysis's monthly fan into the year-so-far chart's <see cref="YearSoFar"/>, as it is.</summary>
public static class YearsSoFar
{
    /// <summary>The chart input of <paramref name="fan"/>.</summary>
    public static YearSoFar From(MonthlyFan fan)
    {
        Preconditions.NotNull(fan);
        return new YearSoFar(fan.MonthsObserved, fan.Booked, fan.P10, fan.P50, fan.P90, fan.TargetPath);
    }
}
