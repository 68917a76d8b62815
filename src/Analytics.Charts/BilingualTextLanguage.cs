using Analytics.Common;

namespace Analytics.Charts;

/// <summary>Chart labels in the chart's language: <see cref="BilingualText"/> (the library's) read in a <see cref="ChartLanguage"/>.</summary>
public static class BilingualTextLanguage
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public static string In(this BilingualText text, ChartLanguage language)
        => Preconditions.NotNull(text).In(language == ChartLanguage.English ? Language.English : Language.Chinese);
}
