using System.Text.Json;
using Analytics.Charts.Rendering;
using Plotly.NET;

namespace Analytics.Charts.Tests.TestSupport;

/// <summary>A chart's plotly.js JSON, parsed, with short accessors for what tests check.</summary>
internal sealed class Figure
{
    private Figure(JsonElement root)
    {
        Root = root;
    }

    public JsonElement Root { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => [.. Root.GetProperty("data").EnumerateArray()];

    /// <summary>The title's text (first line and subtitle markup included).</summary>
    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public static Figure Of(GenericChart chart)
    {
        // Clone: the document is disposed, the element must outlive it.
        using var doc = JsonDocument.Parse(ChartJson.Of(chart));
        return new Figure(doc.RootElement.Clone());
    }

    public JsonElement Trace(int index) => Traces[index];

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public IReadOnlyList<JsonElement> Shapes => Layout.TryGetProperty("shapes", out var s) ? [.. s.EnumerateArray()] : [];

    public IReadOnlyList<string> AnnotationTexts => Layout.TryGetProperty("annotations", out var a) ? [.. a.EnumerateArray().Select(x => x.GetProperty("text").GetString()!)] : [];
}
