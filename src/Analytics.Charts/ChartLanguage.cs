namespace Analytics.Charts;

/// <summary>The language of a chart's or report's own words (titles, axes, legends). Names that come from the data are shown as the data gives them.</summary>
public enum ChartLanguage
{
    /// <summary>Chinese, in the traditional characters the seed document uses (the default).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
