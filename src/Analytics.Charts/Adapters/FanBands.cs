using Analytics.Analyses.Trigger;
using Analytics.Charts.Inputs;
using Analytics.Common;

namespace Analytics.Charts.Adapters;

/// <summary>Turns the quarterly-rule analysis's monthly band into the fan chart's <see cref="FanBand"/>: its cumulative P10/P50/P90 and the plan's cumulative target path, as they are.</summary>
public static class FanBands
{
    /// <summary>The fan of <paramref name="band"/>.</summary>
    public static FanBand From(MonthlyBand band)
    {
        Preconditions.NotNull(band);
        return new FanBand(band.Months, band.P10, band.P50, band.P90, band.TargetPath);
    }

    /// <summary>The fan of a quarterly-rule run.</summary>
    public static FanBand From(TriggerResult result) => From(Preconditions.NotNull(result).Fan);
}
