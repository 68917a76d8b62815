using Analytics.Common;

namespace Analytics.Audit;

/// <summary>What a severity is called in each language (錯誤 / Error, 警告 / Warning, 說明 / Note).</summary>
public static class SeverityNames
{
    /// <summary>The name of <paramref name="severity"/> in both languages.</summary>
    public static BilingualText Name(this Severity severity) => severity switch
    {
        Severity.Error => new BilingualText("錯誤", "Error"),
        Severity.Warning => new BilingualText("警告", "Warning"),
        _ => new BilingualText("說明", "Note"),
    };
}
