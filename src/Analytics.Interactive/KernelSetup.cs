using System.Runtime.CompilerServices;

namespace Analytics.Interactive;

/// <summary>
/// What a notebook runs once, through <c>notebooks/setup.dib</c>: the FSharp.Core fix first,
/// then the formatters. Safe to run again (re-running the setup cell changes nothing).
/// </summary>
public static class KernelSetup
{
    /// <summary>Prepares the kernel for the toolkit's results and charts; display the result to put plotly.js on the page.</summary>
    public static SetupStatus Load()
    {
        // Before any method that mentions a Plotly.NET type is compiled: the JIT would load
        // FSharp.Core while compiling it, and the kernel's copy is older than Plotly.NET's.
        FSharpCoreRedirect.Install();
        return RegisterFormatters();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SetupStatus RegisterFormatters() => Formatters.AnalyticsFormatters.Register();
}
