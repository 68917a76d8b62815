using System.Globalization;

namespace Analytics.Loading;

/// <summary>
/// The one definition of how a number is written in our input files: ASCII digits, an optional
/// leading minus, a '.' decimal point and an optional exponent, nothing else. Spreadsheet habits
/// that could be misread are rejected with a message that says how to write the value instead:
/// thousands separators (is "1,234" one thousand or 1.234?), percent signs, full-width digits,
/// formulas, NaN and infinities.
/// </summary>
public static class NumberText
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses a decimal amount; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParseDecimal(string text, out decimal value, out string? problem)
    {
        value = 0;
        problem = Screen(text);
        if (problem is not null)
        {
            return false;
        }

        if (decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problem = double.TryParse(text, Style, CultureInfo.InvariantCulture, out _) ? $"\"{text}\" is too large" : $"\"{text}\" is not a number";
        return false;
    }

    /// <summary>Parses a finite double; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParseDouble(string text, out double value, out string? problem)
    {
        value = 0;
        problem = Screen(text);
        if (problem is not null)
        {
            return false;
        }

        if (!double.TryParse(text, Style, CultureInfo.InvariantCulture, out value))
        {
            problem = $"\"{text}\" is not a number";
            return false;
        }

        if (!double.IsFinite(value))
        {
            problem = $"\"{text}\" is too large to be a finite number";
            return false;
        }

        return true;
    }

    /// <summary>Parses a whole number (no decimal point, no exponent).</summary>
    public static bool TryParseInt(string text, out int value, out string? problem)
    {
        value = 0;
        problem = Screen(text);
        if (problem is not null)
        {
            return false;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problem = IsWholeNumber(text)
            ? $"\"{text}\" is too large for a whole number"
            : $"\"{text}\" is not a whole number";
        return false;
    }

    /// <summary>Rejections that apply to every numeric field, before parsing.</summary>
    private static string? Screen(string text)
    {
        if (text.Length == 0)
        {
            return "the value is empty";
        }

        if (text[0] is '=' or '@' || (text[0] is '+' && text.Length > 1 && !char.IsAsciiDigit(text[1])))
        {
            return $"\"{text}\" looks like a spreadsheet formula, not a number";
        }

        foreach (var c in text)
        {
            if (c is >= '\uFF10' and <= '\uFF19' || c is '\uFF0E' or '\uFF0C' or '\uFF05' or '\uFF0D' or '\uFF0B')
            {
                return $"\"{text}\" contains full-width characters; type the number with ASCII digits (0-9, '.', '-')";
            }
        }

        if (text.Contains(',', StringComparison.Ordinal) || text.Contains('\u00A0', StringComparison.Ordinal) || text.Contains('\'', StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal))
        {
            return $"\"{text}\" contains a thousands separator or space; write the number without grouping (1234.5, not 1,234.5)";
        }

        if (text.EndsWith('%'))
        {
            return $"\"{text}\" has a percent sign; write shares as fractions (0.28 for 28%)";
        }

        var lower = text.ToLowerInvariant();
        if (lower.Contains("nan", StringComparison.Ordinal) || lower.Contains("inf", StringComparison.Ordinal) || text.Contains('∞', StringComparison.Ordinal))
        {
            return $"\"{text}\" is not a finite number";
        }

        return null;
    }

    /// <summary>Whether the text is a sign and digits only: a whole number that int could not hold is too large, not malformed.</summary>
    private static bool IsWholeNumber(string text)
    {
        var digits = text.AsSpan(text.Length > 0 && text[0] is '-' or '+' ? 1 : 0);
        return !digits.IsEmpty && !digits.ContainsAnyExcept("0123456789");
    }
}
