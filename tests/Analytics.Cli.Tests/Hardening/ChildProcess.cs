using System.Diagnostics;
using Analytics.TestSupport;

namespace Analytics.Cli.Tests.Hardening;

/// <summary>The command line as a process of its own (for what only a process has: signals, its own exit), run from the repository root.</summary>
internal static class ChildProcess
{
    /// <summary>Starts <c>analytics ARGS</c> with its output captured (and drained, so it never blocks on a full pipe).</summary>
    public static Process Start(params string[] args)
    {
        var cli = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
