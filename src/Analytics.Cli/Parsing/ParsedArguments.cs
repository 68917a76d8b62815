using System.Globalization;

namespace Analytics.Cli.Parsing;

/// <summary>
/// A command's arguments after parsing: positionals and options, with typed getters whose
/// failures are <see cref="UsageException"/>s naming the option, the value and what is accepted.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options;

    private ParsedArguments(IReadOnlyList<string> positionals, Dictionary<string, string?> options)
    {
        Positionals = positionals;
        _options = options;
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Whether help was asked for.</summary>
    public bool HelpRequested => _options.ContainsKey("--help");

    /// <summary>Parses <paramref name="args"/> against the options a command accepts.</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs, int maxPositionals, string command)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                options["--help"] = null;
                continue;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                var name = eq > 0 ? arg[..eq] : arg;
                var spec = specs.FirstOrDefault(s => s.Name == name)
                    ?? throw new UsageException($"'{command}' has no option {name}; its options are: {Describe(specs)}.");
                if (options.ContainsKey(name))
                {
                    throw new UsageException($"the option {name} is given twice.");
                }

                if (!spec.TakesValue)
                {
                    if (eq > 0)
                    {
                        throw new UsageException($"the option {name} takes no value.");
                    }

                    options[name] = null;
                    continue;
                }

                string value;
                if (eq > 0)
                {
                    value = arg[(eq + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                    if (IsOption(value, specs))
                    {
                        // "--out --no-simulation": the user forgot the value, and the next option is not it.
                        throw new UsageException($"the option {name} needs a value ({spec.ValueName}), but it is followed by the option {OptionName(value)}; give {name} {spec.ValueName} first.");
                    }
                }
                else
                {
                    throw new UsageException($"the option {name} needs a value ({spec.ValueName}).");
                }

                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new UsageException($"the option {name} needs a value ({spec.ValueName}); was empty.");
                }

                options[name] = value;
                continue;
            }

            positionals.Add(arg);
        }

        if (positionals.Count > maxPositionals)
        {
            throw new UsageException($"'{command}' takes at most {maxPositionals.ToString(CultureInfo.InvariantCulture)} argument(s) besides options; got unexpected \"{positionals[maxPositionals]}\".");
        }

        return new ParsedArguments(positionals, options);
    }

    /// <summary>The positional argument at <paramref name="index"/>, or <paramref name="fallback"/>.</summary>
    public string Positional(int index, string fallback) => index < Positionals.Count ? Positionals[index] : fallback;

    /// <summary>The positional at <paramref name="index"/>, required.</summary>
    public string RequiredPositional(int index, string what)
        => index < Positionals.Count ? Positionals[index] : throw new UsageException($"missing {what}.");

    /// <summary>Whether a flag or option was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>An option's text, or null.</summary>
    public string? Text(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>An option that must be one of <paramref name="allowed"/>.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Text(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"{name} must be one of {string.Join(", ", allowed)}; was \"{value}\".");
    }

    /// <summary>The output format: text (default) or json.</summary>
    public bool Json => Choice("--format", "text", "text", "json") == "json";

    /// <summary>A whole-number option in [min, max].</summary>
    public long Long(string name, long fallback, long min, long max)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        var clean = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (!long.TryParse(clean, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new UsageException($"{name} must be a whole number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]; was \"{text}\".");
        }

        return value < min || value > max
            ? throw new UsageException($"{name} must be a whole number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]; was {value.ToString(CultureInfo.InvariantCulture)}.")
            : value;
    }

    /// <summary>A whole-number option in [min, max].</summary>
    public int Int(string name, int fallback, int min, int max) => (int)Long(name, fallback, min, max);

    /// <summary>A finite number option in [min, max].</summary>
    public double Double(string name, double fallback, double min, double max)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
        return !ok || value < min || value > max
            ? throw new UsageException($"{name} must be a number in [{min.ToString("R", CultureInfo.InvariantCulture)}, {max.ToString("R", CultureInfo.InvariantCulture)}]; was \"{text}\".")
            : value;
    }

    // A word that is one of the command's options (with or without "=value") or help: never an option's value.
    private static bool IsOption(string word, IReadOnlyList<OptionSpec> specs)
        => word is "-h" or "--help" || (word.StartsWith("--", StringComparison.Ordinal) && specs.Any(s => s.Name == OptionName(word)));

    private static string OptionName(string word)
    {
        var eq = word.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 ? word[..eq] : word;
    }

    private static string Describe(IReadOnlyList<OptionSpec> specs)
        => specs.Count == 0 ? "(none)" : string.Join(", ", specs.Select(s => s.Name));
}
