using Plotly.NET;

namespace Analytics.Charts.Rendering;

/// <summary>
/// plotly.js itself, read from the copy Plotly.NET carries as a resource (so its version always
/// matches the JSON Plotly.NET writes). Pages embed it inline: a page that loads plotly.js from
/// a CDN is blank offline.
/// </summary>
public static class PlotlyJs
{
    private const string ResourcePrefix = "Plotly.NET.plotly-";
    private const string ResourceSuffix = ".min.js";
    private static readonly Lazy<(string Version, string Source)> Script = new(Load);

    /// <summary>The plotly.js version, e.g. "2.28.0".</summary>
    public static string Version => Script.Value.Version;

    /// <summary>The minified plotly.js source (about 3.6 MB), including its licence header.</summary>
    public static string Source => Script.Value.Source;

    /// <summary>A &lt;script&gt; element holding plotly.js; a page needs it once, before its charts.</summary>
    public static string ScriptElement() => "<script>\n" + Source + "\n</script>";

    private static (string, string) Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"plotly.js is not among the resources of {assembly.GetName().Name} {assembly.GetName().Version}; the Plotly.NET package changed how it ships plotly.js.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();

        // The page embeds the source inside <script>; a closing tag in it would end the element.
        if (source.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{name} contains \"</script\" and cannot be embedded inline.");
        }

        return (name[ResourcePrefix.Length..^ResourceSuffix.Length], source);
    }
}
