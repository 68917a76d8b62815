namespace Analytics.Common;

/// <summary>
/// One text in Chinese and in English, so that whatever shows it can keep to one language per page:
/// the audit's findings and fixes carry both (the report picks Chinese by default, the command line
/// English unless told <c>--lang zh</c>), and chart inputs whose labels the caller supplies (a bridge
/// step, a tornado input) carry both. A plain string converts to a text that reads the same in both
/// (an id, a number).
/// </summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record BilingualText(string Zh, string En)
{
    /// <summary>The Chinese text (non-blank).</summary>
    public string Zh { get; } = Preconditions.NotBlank(Zh);

    /// <summary>The English text (non-blank).</summary>
    public string En { get; } = Preconditions.NotBlank(En);

    /// <summary>A text that reads the same in both languages (e.g. an id or a number).</summary>
    public static BilingualText Same(string text) => new(text, text);

    /// <summary>Converts a plain string to a text that reads the same in both languages.</summary>
    public static implicit operator BilingualText(string text) => Same(text);

    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.English ? En : Zh;

    /// <summary>This text followed by <paramref name="other"/>: joined by a space in English, directly in Chinese.</summary>
    public BilingualText Then(BilingualText other)
    {
        Preconditions.NotNull(other);
        return new BilingualText(Zh + other.Zh, En + " " + other.En);
    }

    /// <inheritdoc />
    public override string ToString() => Zh == En ? Zh : $"{Zh} / {En}";
}
