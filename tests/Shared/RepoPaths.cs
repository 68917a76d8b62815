namespace Analytics.TestSupport;

/// <summary>Paths inside the repository, found from the test binary's folder (linked into every test project).</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (the folder holding Analytics.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped plan folder, data/plc-2026.</summary>
    public static string ShippedPlan => Path.Combine(Root, "data", "plc-2026");

    /// <summary>A path under data/.</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
