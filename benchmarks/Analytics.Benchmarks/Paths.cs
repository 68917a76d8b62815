namespace Analytics.Benchmarks;

/// <summary>Files of the repository, found from the benchmark's binary folder.</summary>
internal static class Paths
{
    /// <summary>A scenario file under data/scenarios.</summary>
    public static string Scenario(string file) => Data("scenarios", file);

    /// <summary>A file under data/.</summary>
    public static string Data(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found"), "data", .. parts]);
    }
}
