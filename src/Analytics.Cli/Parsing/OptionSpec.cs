namespace Analytics.Cli.Parsing;

/// <summary>An option a command accepts.</summary>
/// <param name="Name">The option with its dashes, e.g. "--trials".</param>
/// <param name="ValueName">The placeholder shown in help (e.g. "N"); null for a flag without a value.</param>
/// <param name="Help">One line of help, with the default.</param>
internal sealed record OptionSpec(string Name, string? ValueName, string Help)
{
    /// <summary>Whether the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;

    /// <summary>The common <c>--format text|json</c> option.</summary>
    public static OptionSpec Format { get; } = new("--format", "text|json", "output format (default: text)");
}
