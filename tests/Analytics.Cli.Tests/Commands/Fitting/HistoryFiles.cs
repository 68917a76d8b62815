using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Commands.Fitting;

/// <summary>The shipped synthetic history's files, and a scratch folder for a test's own files.</summary>
internal sealed class HistoryFiles : IDisposable
{
    public static string Orders => RepoPaths.Data("plc-2026", "history", "orders.csv");

    public static string Sales => RepoPaths.Data("plc-2026", "history", "sales.csv");

    public static string Leads => RepoPaths.Data("plc-2026", "history", "leads.csv");

    public static string Renewals => RepoPaths.Data("plc-2026", "history", "renewals.csv");

    public string Folder { get; } = Directory.CreateTempSubdirectory("analytics-fit-").FullName;

    /// <summary>A copy of the shipped plc-2026 scenario in the scratch folder.</summary>
    public string Scenario()
    {
        var path = System.IO.Path.Combine(Folder, "plc.json");
        File.Copy(RepoPaths.Data("plc-2026", "scenario.json"), path, overwrite: true);
        return path;
    }

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Folder, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
