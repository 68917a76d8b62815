using System.Globalization;

namespace Analytics.Charts.Theme;

/// <summary>
/// The one look every chart shares: fonts that render Chinese on Windows, macOS and Linux
/// (Debian's Noto CJK first, so the browser check and PNG export see real glyphs), a small
/// palette with a colour per business type, and one set of margins.
/// </summary>
public static class ChartTheme
{
    /// <summary>CSS font stack: CJK fonts in traditional then simplified form, then Latin fallbacks.</summary>
    public const string FontFamily = "\"Noto Sans CJK TC\", \"Noto Sans CJK SC\", \"Source Han Sans TC\", \"Microsoft JhengHei\", \"PingFang TC\", \"Microsoft YaHei\", \"PingFang SC\", \"WenQuanYi Micro Hei\", \"Helvetica Neue\", Arial, sans-serif";

    /// <summary>Text colour.</summary>
    public const string Ink = "#1f2d3d";

    /// <summary>Secondary text and axis-line colour.</summary>
    public const string Muted = "#6b7785";

    /// <summary>Grid-line colour.</summary>
    public const string Grid = "#e3e7ec";

    /// <summary>Existing-customer repurchase (also "increase" in a bridge).</summary>
    public const string Repurchase = "#2a9d8f";

    /// <summary>New customers (also the main series colour).</summary>
    public const string NewCustomers = "#1f5fa8";

    /// <summary>The new product.</summary>
    public const string NewProduct = "#e08a1e";

    /// <summary>A target or threshold line.</summary>
    public const string Target = "#c0392b";

    /// <summary>A decrease (bridge) or a downside bar (tornado).</summary>
    public const string Decrease = "#c44e52";

    /// <summary>A total bar (bridge) or a neutral series.</summary>
    public const string Total = "#34495e";

    /// <summary>The P10-P90 band of a fan chart.</summary>
    public const string Band = "rgba(31, 95, 168, 0.18)";

    /// <summary>Series colours in order, starting with the business types.</summary>
    public static IReadOnlyList<string> Palette { get; } = [NewCustomers, NewProduct, Repurchase, "#8e5ea2", Decrease, "#7f8c8d", "#4c9be8", "#b8860b"];

    /// <summary>The sequential scale for probabilities (low red, high green).</summary>
    public static IReadOnlyList<object[]> ProbabilityScale { get; } =
    [
        [0.0, "#b2182b"],
        [0.5, "#f7f7b0"],
        [1.0, "#1a9850"],
    ];

    /// <summary>The sequential scale for amounts (pale to the main blue).</summary>
    public static IReadOnlyList<object[]> AmountScale { get; } =
    [
        [0.0, "#eaf1fb"],
        [1.0, NewCustomers],
    ];

    /// <summary>Base font size, px.</summary>
    public const int FontSize = 13;

    /// <summary>The colour of a business type by its target id (<see cref="Analytics.Planning.BusinessLines"/>), or null for another id.</summary>
    public static string? ColorOfLine(string lineId) => lineId switch
    {
        Analytics.Planning.BusinessLines.Repurchase => Repurchase,
        Analytics.Planning.BusinessLines.NewCustomers => NewCustomers,
        Analytics.Planning.BusinessLines.NewProduct => NewProduct,
        _ => null,
    };

    /// <summary>The palette colour at <paramref name="index"/>, cycling.</summary>
    public static string PaletteColor(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];

    /// <summary>A lighter solid tint of a #rrggbb colour: <paramref name="amount"/> 0 is the colour, 1 is white. Solid, unlike an rgba() colour, so plotly.js picks readable text on it.</summary>
    public static string Tint(string hex, double amount)
    {
        var (r, g, b) = Rgb(hex);
        int Mix(int c) => (int)Math.Round(c + ((255 - c) * Math.Clamp(amount, 0, 1)));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r):x2}{Mix(g):x2}{Mix(b):x2}");
    }

    /// <summary>An rgba() colour from a #rrggbb colour and an opacity in [0, 1].</summary>
    public static string WithOpacity(string hex, double opacity)
    {
        var (r, g, b) = Rgb(hex);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r}, {g}, {b}, {opacity:0.###})");
    }

    private static (int R, int G, int B) Rgb(string hex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hex);
        if (hex.Length != 7 || hex[0] != '#' || hex.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            throw new ArgumentException($"expected a colour as #rrggbb; was \"{hex}\".", nameof(hex));
        }

        return (
            int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
