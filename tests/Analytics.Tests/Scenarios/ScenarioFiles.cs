namespace Analytics.Tests.Scenarios;

/// <summary>Paths of the shipped scenario files and small scenario texts for error tests.</summary>
internal static class ScenarioFiles
{
    public static string Seed { get; } = Path.Combine(RepoRoot(), "data", "scenarios", "seed-2026.json");

    public static string Plc { get; } = Path.Combine(RepoRoot(), "data", "plc-2026", "scenario.json");

    /// <summary>A minimal valid scenario with one stream; <paramref name="component"/> replaces its component's body.</summary>
    public static string Minimal(string component = "\"model\": \"orderPool\", \"count\": 10, \"orderValue\": 5")
        => "{\n  \"scenario\": \"t\",\n  \"target\": 100,\n  \"streams\": {\n    \"s\": {\n      \"target\": 50,\n      \"components\": {\n        \"c\": { " + component + " }\n      }\n    }\n  }\n}\n";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
