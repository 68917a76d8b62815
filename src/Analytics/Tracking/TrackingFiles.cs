using Analytics.Common;

namespace Analytics.Tracking;

/// <summary>
/// Where a plan folder keeps its year's record: <c>actuals.csv</c> (sales booked by month) and the
/// optional <c>pipeline.csv</c> (leads and wins, renewals, benchmark accounts won or lost). Neither
/// is part of the plan itself (<see cref="Loading.PlanFiles"/>): a plan is written before the year
/// and read the same all year.
/// </summary>
public static class TrackingFiles
{
    /// <summary>The actuals' file name.</summary>
    public const string Actuals = "actuals.csv";

    /// <summary>The pipeline facts' file name.</summary>
    public const string Pipeline = "pipeline.csv";

    /// <summary>The actuals of the plan in <paramref name="planDirectory"/>, or null when it holds none.</summary>
    public static string? FindActuals(string planDirectory) => Find(planDirectory, Actuals);

    /// <summary>The pipeline facts of the plan in <paramref name="planDirectory"/>, or null when it holds none.</summary>
    public static string? FindPipeline(string planDirectory) => Find(planDirectory, Pipeline);

    private static string? Find(string planDirectory, string file)
    {
        var path = Path.Combine(Preconditions.NotBlank(planDirectory), file);
        return File.Exists(path) ? path : null;
    }
}
