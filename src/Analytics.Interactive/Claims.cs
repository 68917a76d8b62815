using Analytics.Common;

namespace Analytics.Interactive;

/// <summary>
/// A notebook's check that the conclusions written in its prose still hold for the figures computed
/// above them: each <see cref="Check"/> states one sentence of the conclusion and the condition that
/// makes it true, and fails the cell (so the notebook and CI fail) when the condition no longer holds,
/// after a change of scenario, seed or trials, so that the prose is rewritten before it misleads.
/// Messages follow <see cref="Notebook.Options"/>' language.
/// </summary>
public sealed class Claims
{
    /// <summary>How many claims have been checked and hold.</summary>
    public int Count { get; private set; }

    /// <summary>Checks one claim.</summary>
    /// <param name="holds">Whether the figures support the claim.</param>
    /// <param name="claim">The claim as the conclusion states it, e.g. "達成的機率不到一半".</param>
    /// <returns>This object, for further checks.</returns>
    /// <exception cref="InvalidOperationException">The claim does not hold: the message quotes it and asks for the conclusion to be rewritten.</exception>
    public Claims Check(bool holds, string claim)
    {
        Preconditions.NotBlank(claim);
        if (!holds)
        {
            throw new InvalidOperationException(Notebook.Options.Text("結論不成立，請改寫：", "The conclusion no longer holds, rewrite it: ") + claim);
        }

        Count++;
        return this;
    }

    /// <summary>The line a notebook ends its checks with: how many claims hold, then <paramref name="figures"/>, e.g. "結論的 6 項檢查都成立：P(hit) = 38.2%".</summary>
    /// <param name="figures">The figures worth repeating under the checks.</param>
    public string Summary(string figures)
    {
        Preconditions.NotNull(figures);
        return Notebook.Options.Text($"結論的 {Count} 項檢查都成立：{figures}", $"All {Count} checks of the conclusion hold: {figures}");
    }
}
