using System.Diagnostics;
using System.Globalization;

namespace Analytics.Charts.ImageExport;

/// <summary>
/// A local Chromium (Debian's <c>chromium</c> or <c>chromium-headless-shell</c> package) run
/// headless with the network off, to turn pages into PNGs and to check that they draw. Nothing is
/// downloaded: without a local browser, <see cref="Find"/> returns null and the caller says so.
/// </summary>
public sealed class ChromiumBrowser
{
    /// <summary>The environment variable that names a browser binary explicitly.</summary>
    public const string PathVariable = "ANALYTICS_CHROMIUM";

    /// <summary>Where Debian's packages (and common distributions) install the browser, in the order tried.</summary>
    public static IReadOnlyList<string> KnownPaths { get; } =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-headless-shell",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ];

    private ChromiumBrowser(string path)
    {
        ExecutablePath = path;
    }

    /// <summary>The browser binary.</summary>
    public string ExecutablePath { get; }

    /// <summary>The browser named by <see cref="PathVariable"/> if set, else the first of <see cref="KnownPaths"/> that exists; null when there is none.</summary>
    public static ChromiumBrowser? Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? new ChromiumBrowser(configured) : null;
        }

        return KnownPaths.Where(File.Exists).Select(p => new ChromiumBrowser(p)).FirstOrDefault();
    }

    /// <summary>The message for a machine without a browser: what is missing and how to get it.</summary>
    public static string NotFoundMessage
        => $"no Chromium found (looked at ${PathVariable} and {string.Join(", ", KnownPaths)}); install Debian's package (apt-get install chromium) or set {PathVariable} to a Chromium binary.";

    /// <summary>
    /// Headless flags: no sandbox (CI runs as root), no GPU, no first-run or background traffic,
    /// and every network request sent to a dead proxy and an unresolvable host, so a page that
    /// needs the network fails here as it would offline.
    /// </summary>
    public static IReadOnlyList<string> HeadlessArguments(string userDataDirectory) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + userDataDirectory,
    ];

    /// <summary>Screenshots the local page <paramref name="htmlFile"/> into <paramref name="pngFile"/> at the given window size.</summary>
    /// <exception cref="IOException">The browser failed, timed out, or wrote no image.</exception>
    public void Screenshot(string htmlFile, string pngFile, int width, int height, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(htmlFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(pngFile);
        var profile = Path.Combine(Path.GetTempPath(), "analytics-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo(ExecutablePath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in HeadlessArguments(profile))
            {
                start.ArgumentList.Add(argument);
            }

            // A virtual-time budget lets the page finish drawing before the shot is taken.
            start.ArgumentList.Add("--virtual-time-budget=10000");
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"));
            start.ArgumentList.Add("--screenshot=" + Path.GetFullPath(pngFile));
            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new IOException($"{ExecutablePath} did not start.");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"{ExecutablePath} took longer than {timeout.TotalSeconds:0} s to screenshot {htmlFile}."));
            }

            if (process.ExitCode != 0 || !File.Exists(pngFile) || new FileInfo(pngFile).Length == 0)
            {
                var last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
                throw new IOException($"{ExecutablePath} exited {process.ExitCode} without a screenshot of {htmlFile}: {last}");
            }
        }
        finally
        {
            TryDelete(profile);
        }
    }

    /// <summary>Deletes a scratch folder, ignoring a failure: a leftover in the temp folder must not hide the error being reported.</summary>
    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A scratch folder left in the temp folder harms nothing.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
