namespace Analytics.Common;

/// <summary>The language a page, a command's output or a message is written in: one at a time.</summary>
public enum Language
{
    /// <summary>Chinese (traditional characters, as the plan files and the report).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
