using System.Globalization;
using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Tracking;

/// <summary>Checks and errors about a row of actuals or pipeline facts, at the row's file and line (a row built in code has neither: the file it stands for is named instead).</summary>
internal static class RowErrors
{
    /// <summary>An input error at <paramref name="source"/> (or in <paramref name="file"/> when the row was not read from one), about <paramref name="column"/>.</summary>
    public static InputException At(SourceLocation source, string file, string column, string problem, string expected)
        => new(source.File.Length > 0 ? source.File : file, source.Line, column, problem, expected);

    /// <summary>"on line 7", or "in another row" for a row built in code.</summary>
    public static string Where(SourceLocation source) => source.Line > 0 ? "on line " + source.Line.ToString(CultureInfo.InvariantCulture) : "in another row";

    /// <summary>Fails unless <paramref name="year"/> is the plan's year.</summary>
    public static void CheckYear(SalesPlan plan, int year, int month, SourceLocation source, string file)
    {
        var planYear = plan.Facts.PlanYear;
        if (year != planYear)
        {
            throw At(source, file, "month", $"{CalendarMonths.Label(year, month)} is not in the plan year {planYear.ToString(CultureInfo.InvariantCulture)}", $"a month of {planYear.ToString(CultureInfo.InvariantCulture)} (facts.csv plan_year)");
        }
    }

    /// <summary>Fails unless <paramref name="line"/> is one of the plan's business lines.</summary>
    public static void CheckLine(SalesPlan plan, string line, SourceLocation source, string file)
    {
        var lines = plan.ChildrenOf(plan.Root).Select(l => l.Id).ToArray();
        if (!lines.Contains(line, StringComparer.Ordinal))
        {
            throw At(source, file, "line", $"\"{line}\" is not a business line of the plan", "one of " + string.Join(", ", lines) + " (the ids of targets.csv's line rows)");
        }
    }

    /// <summary>Fails unless <paramref name="industry"/> is null or one of the plan's industries.</summary>
    public static void CheckIndustry(SalesPlan plan, string? industry, SourceLocation source, string file)
    {
        if (industry is not null && plan.FindIndustry(industry) is null)
        {
            throw At(source, file, "industry", $"\"{industry}\" is not an industry of the plan", "one of " + string.Join(", ", plan.Industries.Select(i => i.Id)) + " (industries.csv)");
        }
    }
}
