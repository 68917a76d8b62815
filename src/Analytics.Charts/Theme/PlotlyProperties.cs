using Plotly.NET;

namespace Analytics.Charts.Theme;

/// <summary>
/// Plotly objects built as dynamic property bags. Plotly.NET's styling functions take dozens of
/// F# optional arguments that C# must spell out one by one; its objects are
/// <see cref="DynamicObj.DynamicObj"/>s, so setting the few properties we need by their
/// plotly.js names is shorter and maps one-to-one onto the plotly.js reference.
/// </summary>
internal static class PlotlyProperties
{
    /// <summary>An object with the given properties; null values are left out.</summary>
    public static DynamicObj.DynamicObj Of(params (string Name, object? Value)[] properties)
    {
        var o = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                o.SetProperty(name, value);
            }
        }

        return o;
    }

    /// <summary>Sets a plotly.js property on every trace of <paramref name="chart"/> (traces are shared objects, so this changes the chart).</summary>
    public static GenericChart SetOnTraces(GenericChart chart, string property, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty(property, value);
        }

        return chart;
    }

    /// <summary>Sets several plotly.js properties on every trace of <paramref name="chart"/>.</summary>
    public static GenericChart SetOnTraces(GenericChart chart, params (string Name, object? Value)[] properties)
    {
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                SetOnTraces(chart, name, value);
            }
        }

        return chart;
    }
}
