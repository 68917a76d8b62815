using System.Text.Json;
using System.Text.Json.Nodes;
using Analytics.Common;

namespace Analytics.Cli.Commands.Fitting;

/// <summary>Which row a period series takes as its period 0 (a launch, a cohort's start), in the JSON output.</summary>
internal static class Launch
{
    /// <summary>
    /// <paramref name="json"/> with <c>"launch": { "period": 2019, "file": "...", "line": 2 }</c> after its
    /// first two keys when the periods do not start at 0; as it is (the output as it always was) when
    /// they do, since then period 0 is the first row.
    /// </summary>
    public static object Into(object json, PeriodLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.StartsAtZero ? json : With(json, "launch", new { period = labels.First, file = labels.Origin.File, line = labels.Origin.Line }, 2);
    }

    /// <summary><paramref name="json"/> (an object) with one more key, at <paramref name="index"/> or at the end.</summary>
    public static JsonObject With(object json, string key, object value, int? index = null)
    {
        var node = JsonSerializer.SerializeToNode(json, Output.Json.Options)!.AsObject();
        var added = JsonSerializer.SerializeToNode(value, Output.Json.Options);
        if (index is { } at)
        {
            node.Insert(at, key, added);
        }
        else
        {
            node.Add(key, added);
        }

        return node;
    }
}
