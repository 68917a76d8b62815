using System.Globalization;
using Analytics.Common;

namespace Analytics.Decomposition;

/// <summary>
/// Shares the decomposition scaled because they did not add up to 1: the children of a target that
/// all state only a share, or the quarterly shares of the phasing. Each share was divided by
/// <see cref="Sum"/> (the audit reports the same shares as an error when they are off by more than
/// their written precision).
/// </summary>
/// <param name="Scope">The target id whose children's shares were scaled, or <see cref="PhasingScope"/> for the quarterly shares.</param>
/// <param name="Sum">What the shares added up to (not 1).</param>
public sealed record ShareRescaling(string Scope, decimal Sum)
{
    /// <summary>The <see cref="Scope"/> of the quarterly shares (phasing.csv).</summary>
    public const string PhasingScope = "phasing";

    /// <summary>The factor each share was multiplied by (1 / <see cref="Sum"/>).</summary>
    public decimal Factor => Sum == 0 ? 0 : 1m / Sum;

    /// <summary>The note in English: "The shares of the children of nc_3c add up to 0.98, not 1: each was scaled by 1.0204."</summary>
    public string Message
        => $"{(Scope == PhasingScope ? "The quarterly shares (phasing.csv)" : $"The shares of the children of {Scope}")} add up to {Formats.PlainPercent(Sum)}, not 100%: each was scaled by {decimal.Round(Factor, 4).ToString(CultureInfo.InvariantCulture)} ({(Sum < 1 ? "+" : "")}{Formats.PlainPercent(Factor - 1m)}) so that they do.";
}
