using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit;

/// <summary>
/// A fix the audit proposes for a finding: the plan edits that carry it out, and its text in Chinese
/// and English, which names the edits' own values (<see cref="PlanCellEdit.ValueText"/>). A fix that
/// needs a person's choice (which lines to cut, whom to assign) has no edits: it is advice, and
/// <see cref="CanApply"/> is false. A rule writes each fix as if it stood alone; in a finding the
/// fixes after the first read as alternatives ("Or set ...", "或..."), see <see cref="AuditFinding"/>.
/// </summary>
public sealed record AuditFix
{
    /// <summary>Creates a fix.</summary>
    /// <param name="text">What to do, in a sentence in each language, written as the first fix (no "Or").</param>
    /// <param name="edits">The cell edits that carry it out, applied in order; none for advice.</param>
    public AuditFix(BilingualText text, params IReadOnlyList<PlanCellEdit> edits)
    {
        Stated = Preconditions.NotNull(text);
        Texts = text;
        Edits = Preconditions.NotNull(edits);
    }

    /// <summary>What to do, in English, as the finding lists it (the audit's JSON "fixes", text and pages print it).</summary>
    public string Text => Texts.En;

    /// <summary>What to do in both languages, as the finding lists it (an alternative starts with "Or" / "或").</summary>
    public BilingualText Texts { get; private init; }

    /// <summary>The cell edits that carry the fix out, in order; empty for advice.</summary>
    public IReadOnlyList<PlanCellEdit> Edits { get; }

    /// <summary>Whether the fix has edits that <see cref="Apply"/> can carry out.</summary>
    public bool CanApply => Edits.Count > 0;

    /// <summary>The text as the rule wrote it, before the finding placed the fix first or as an alternative.</summary>
    private BilingualText Stated { get; init; }

    /// <summary>A fix without edits: advice a person carries out (e.g. "Give the partner to a channel specialist.").</summary>
    public static AuditFix Advice(BilingualText text) => new(text);

    /// <summary>The plan with the fix's edits applied (a new plan, checked again; the files are not touched).</summary>
    /// <exception cref="InvalidOperationException">The fix is advice (<see cref="CanApply"/> is false).</exception>
    public SalesPlan Apply(SalesPlan plan)
    {
        Preconditions.NotNull(plan);
        if (!CanApply)
        {
            throw new InvalidOperationException($"The fix \"{Text}\" is advice: it has no edit to apply; change the plan as it says.");
        }

        return Edits.Aggregate(plan, (current, edit) => edit.Apply(current));
    }

    /// <summary>The English text.</summary>
    public override string ToString() => Text;

    /// <summary>
    /// This fix as the finding lists it at <paramref name="position"/> (0 first): the first reads as
    /// written; the others as alternatives, "Or " before the English (its first word in lower case
    /// unless it is a name such as Q4) and "或" before the Chinese.
    /// </summary>
    internal AuditFix At(int position)
        => this with { Texts = position == 0 ? Stated : new BilingualText("或" + Stated.Zh, "Or " + LowerFirstWord(Stated.En)) };

    private static string LowerFirstWord(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
