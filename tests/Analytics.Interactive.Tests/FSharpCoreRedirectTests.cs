using System.Reflection;
using System.Runtime.Loader;

namespace Analytics.Interactive.Tests;

public class FSharpCoreRedirectTests
{
    [Fact]
    public void Resolve_AnyFSharpCoreVersion_TheLoadedCopy()
    {
        var loaded = typeof(Microsoft.FSharp.Core.FSharpFunc<int, int>).Assembly;
        var resolved = FSharpCoreRedirect.Resolve(AssemblyLoadContext.Default, new AssemblyName("FSharp.Core, Version=99.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a"));
        Assert.Same(loaded, resolved);
    }

    [Fact]
    public void Resolve_OtherAssembly_Null()
        => Assert.Null(FSharpCoreRedirect.Resolve(AssemblyLoadContext.Default, new AssemblyName("Plotly.NET")));
}
