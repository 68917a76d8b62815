using Analytics.Common;
using Analytics.Loading;

namespace Analytics.Scenarios;

/// <summary>
/// Where a plan keeps its own scenario: <c>PLAN_DIR/scenario.json</c>. A scenario is written for
/// one plan's figures, so a command given a plan uses that plan's scenario and never one found
/// elsewhere (a scenario of another plan would simulate a target the plan does not have).
/// </summary>
public static class PlanScenario
{
    /// <summary>The scenario's file name inside a plan folder.</summary>
    public const string FileName = "scenario.json";

    /// <summary>The path the scenario of the plan in <paramref name="planDirectory"/> has (whether or not it exists).</summary>
    public static string PathIn(string planDirectory) => Path.Combine(Preconditions.NotBlank(planDirectory), FileName);

    /// <summary>The scenario of the plan in <paramref name="planDirectory"/>, or null when the folder holds none.</summary>
    public static string? Find(string planDirectory)
    {
        var path = PathIn(planDirectory);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// The plan folder whose own scenario <paramref name="scenarioPath"/> is (a <see cref="FileName"/> next to the
    /// plan's targets.csv), or null for a scenario kept elsewhere (e.g. data/scenarios/seed-2026.json).
    /// </summary>
    public static string? PlanFolderOf(string scenarioPath)
    {
        Preconditions.NotBlank(scenarioPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(scenarioPath));
        return Path.GetFileName(scenarioPath) == FileName && folder is not null && File.Exists(Path.Combine(folder, Loading.PlanFiles.Targets))
            ? Path.GetDirectoryName(scenarioPath) is { Length: > 0 } given ? given : "."
            : null;
    }

    /// <summary>
    /// The scenario file a command was given: <paramref name="path"/> itself when it is a file, the
    /// plan's own scenario when it is a plan folder or a plan workbook (the scenario of the folder holding it).
    /// </summary>
    /// <exception cref="InputException">The path names a plan folder without a scenario.</exception>
    public static string Resolve(string path)
    {
        Preconditions.NotBlank(path);
        if (PlanSource.IsWorkbookPath(path) && File.Exists(path))
        {
            // A plan workbook keeps its scenario in the folder that holds it.
            path = PlanSource.Of(path).Folder;
        }

        if (Directory.Exists(path))
        {
            return Find(path) ?? throw new InputException(
                path, 0, null,
                $"the plan folder holds no {FileName}",
                $"a scenario of this plan at {PathIn(path)} (written as data/scenarios/README.md describes), or a scenario file");
        }

        return path; // a file, or nothing: the scenario loader names a missing file
    }
}
