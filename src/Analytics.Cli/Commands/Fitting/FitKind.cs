using Analytics.Cli.Parsing;
using Analytics.Common;
using Analytics.Scenarios;
using MathNet.Numerics;

namespace Analytics.Cli.Commands.Fitting;

/// <summary>One kind of <c>analytics fit KIND FILE.csv</c>: reads the file, fits, and describes the result.</summary>
internal abstract class FitKind
{
    /// <summary>The word after <c>fit</c>, e.g. "winrate".</summary>
    public abstract string Name { get; }

    /// <summary>The file's columns and what is fitted, for help.</summary>
    public abstract string Summary { get; }

    /// <summary>The options of <c>fit</c> this kind takes besides --format, --into, --at and --replace.</summary>
    public abstract IReadOnlyList<string> Options { get; }

    /// <summary>Reads <paramref name="file"/> and fits it.</summary>
    public abstract FitOutput Run(string file, ParsedArguments args);

    /// <summary>Runs a fit; data the model cannot fit becomes an input error about the whole file.</summary>
    protected static T Attempt<T>(string file, Func<T> fit)
    {
        try
        {
            return fit();
        }
        catch (NonConvergenceException e)
        {
            throw new InputException(file, 0, null, "the fit did not converge: " + e.Message, "data that trace the model's curve (see data/fits/README.md)");
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // The model's own reason (too few periods, nobody lost, a single burst), without the parameter suffix.
            throw new InputException(file, 0, null, "the data cannot be fitted: " + CliApp.Message(e));
        }
    }

    /// <summary>
    /// The group (industry, line, tier) whose fit <c>--into</c> writes: the one given with --group, the
    /// only one, or the one the path names (newCustomers.3c.winRate names industry 3c).
    /// </summary>
    protected static T Pick<T>(IReadOnlyList<T> fits, Func<T, string> name, string path, string? group, string what, string whats)
    {
        if (group is not null)
        {
            return fits.FirstOrDefault(f => name(f) == group)
                ?? throw new Parsing.UsageException($"--group {group}: the file has no {what} \"{group}\"; it has {string.Join(", ", fits.Select(name))}.");
        }

        if (fits.Count == 1)
        {
            return fits[0];
        }

        var segments = path.Split('.');
        var named = fits.Where(f => segments.Any(s => ScenarioPlanMatch.Names(s, name(f)) || ScenarioPlanMatch.Names(s, "tier" + name(f)))).ToArray();
        return named.Length == 1
            ? named[0]
            : throw new Parsing.UsageException($"the file has several {whats} ({string.Join(", ", fits.Select(name))}); say which one --into writes with --group NAME.");
    }
}
