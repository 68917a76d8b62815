using Analytics.Common;

namespace Analytics.Charts;

/// <summary>
/// The switches every chart and the report share: the language of the labels and the unit of
/// amounts. One value is passed to every chart so that a page never mixes languages or units.
/// </summary>
/// <param name="Language">Label language (default Chinese).</param>
/// <param name="Unit">Amount unit (default 萬元).</param>
/// <param name="Height">Chart height in CSS pixels (default 460); the width follows the page or cell.</param>
public sealed record ChartOptions(ChartLanguage Language = ChartLanguage.Chinese, AmountUnit Unit = AmountUnit.WanYuan, int Height = 460)
{
    /// <summary>Chinese labels, amounts in 萬元, height 460.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>English labels, amounts in millions of CNY.</summary>
    public static ChartOptions English { get; } = new(ChartLanguage.English, AmountUnit.MillionYuan);

    /// <summary>Chart height in CSS pixels, 120-4000.</summary>
    public int Height { get; } = Height is >= 120 and <= 4000
        ? Height
        : throw new ArgumentOutOfRangeException(nameof(Height), Height, "Height must be 120-4000 CSS pixels.");

    /// <summary>Whether labels are in Chinese.</summary>
    public bool IsChinese => Language == ChartLanguage.Chinese;

    /// <summary>Picks the text for the current language.</summary>
    public string Text(string zh, string en) => IsChinese ? zh : en;

    /// <summary>A caller-supplied label in the current language.</summary>
    public string Text(BilingualText text) => Preconditions.NotNull(text).In(Language);

    /// <summary>The unit's name as axis titles and hover labels show it: "萬元" or "million CNY" (or "百萬元").</summary>
    public string UnitName => (Unit, Language) switch
    {
        (AmountUnit.WanYuan, ChartLanguage.Chinese) => "萬元",
        (AmountUnit.WanYuan, _) => "10k CNY",
        (AmountUnit.MillionYuan, ChartLanguage.Chinese) => "百萬元",
        _ => "million CNY",
    };

    /// <summary>An amount given in 萬元, in the display unit (a change of unit, not of value).</summary>
    public double Amount(double wanYuan) => Unit == AmountUnit.WanYuan ? wanYuan : wanYuan / WanYuanPerMillion;

    /// <summary>An amount given in 萬元, in the display unit.</summary>
    public double Amount(decimal wanYuan) => Amount((double)wanYuan);

    /// <summary>The d3 number format of amounts in the display unit: whole 萬元, or millions with two decimals.</summary>
    public string AmountFormat => Unit == AmountUnit.WanYuan ? ",.0f" : ",.2f";

    /// <summary>An amount given in 萬元, as a number in the display unit without the unit's name, e.g. "5,000" or "50.00"; <paramref name="signed"/> adds "+" to positive values.</summary>
    public string FormatNumber(double wanYuan, bool signed = false)
        => Unit == AmountUnit.WanYuan ? Formats.Amount(wanYuan, signed) : Formats.Amount(Amount(wanYuan), 2, signed);

    /// <summary>An amount given in 萬元, as a number in the display unit without the unit's name.</summary>
    public string FormatNumber(decimal wanYuan, bool signed = false) => FormatNumber((double)wanYuan, signed);

    /// <summary>A simulated amount given in 萬元, rounded to whole 萬元 first (its decimals are Monte Carlo noise), as a number in the display unit.</summary>
    public string FormatEstimate(double wanYuan) => FormatNumber(Math.Round(wanYuan));

    /// <summary>An amount given in 萬元, formatted in the display unit with its name, e.g. "5,000 萬元" or "50.00 million CNY".</summary>
    public string FormatAmount(double wanYuan) => FormatNumber(wanYuan) + " " + UnitName;

    /// <summary>An amount given in 萬元, formatted in the display unit with its name.</summary>
    public string FormatAmount(decimal wanYuan) => FormatAmount((double)wanYuan);

    /// <summary>萬元 in one million CNY.</summary>
    public const double WanYuanPerMillion = 100;
}
