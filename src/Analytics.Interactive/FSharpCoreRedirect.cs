using System.Reflection;
using System.Runtime.Loader;

namespace Analytics.Interactive;

/// <summary>
/// Plotly.NET 6 is built against FSharp.Core 10.1, while the notebook kernel has FSharp.Core
/// 10.0 loaded (it runs F# itself); one process can hold only one FSharp.Core in the default
/// load context, so the request for 10.1 fails. Answering it with the loaded copy works: the
/// API Plotly.NET uses is the same. Installed before anything touches a Plotly.NET type.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int _installed;

    /// <summary>Installs the resolver once; later calls do nothing.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    /// <summary>The already loaded FSharp.Core for a request of any FSharp.Core version; null for other assemblies.</summary>
    internal static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
        => name.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;
}
