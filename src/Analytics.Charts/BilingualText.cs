using Analytics.Common;

namespace Analytics.Charts;

/// <summary>
/// A label in both chart languages, for chart inputs whose labels the caller supplies (a bridge
/// step, a tornado input). A plain string converts to a label that reads the same in both.
/// </summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record BilingualText(string Zh, string En)
{
    /// <summary>The Chinese text (non-blank).</summary>
    public string Zh { get; } = Preconditions.NotBlank(Zh);

    /// <summary>The English text (non-blank).</summary>
    public string En { get; } = Preconditions.NotBlank(En);

    /// <summary>A label that reads the same in both languages (e.g. an id or a number).</summary>
    public static BilingualText Same(string text) => new(text, text);

    /// <summary>Converts a plain string to a label that reads the same in both languages.</summary>
    public static implicit operator BilingualText(string text) => Same(text);

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(ChartLanguage language) => language == ChartLanguage.English ? En : Zh;

    /// <inheritdoc />
    public override string ToString() => Zh == En ? Zh : $"{Zh} / {En}";
}
