using Analytics.Common;
using Analytics.Planning;

namespace Analytics.Audit;

/// <summary>
/// A fix the audit proposes for a finding: the plan edits that carry it out, and its text, which
/// names the edits' own values (<see cref="PlanCellEdit.ValueText"/>). A fix that needs a person's
/// choice (which lines to cut, whom to assign) has no edits: it is advice, and <see cref="CanApply"/>
/// is false.
/// </summary>
public sealed record AuditFix
{
    /// <summary>Creates a fix.</summary>
    /// <param name="text">What to do, in a sentence (the audit's JSON, text and pages print it).</param>
    /// <param name="edits">The cell edits that carry it out, applied in order; none for advice.</param>
    public AuditFix(string text, params IReadOnlyList<PlanCellEdit> edits)
    {
        Text = Preconditions.NotBlank(text);
        Edits = Preconditions.NotNull(edits);
    }

    /// <summary>What to do, in a sentence.</summary>
    public string Text { get; }

    /// <summary>A fix without edits: advice a person carries out (e.g. "Give the partner to a channel specialist.").</summary>
    public static AuditFix Advice(string text) => new(text);

    /// <summary>The cell edits that carry the fix out, in order; empty for advice.</summary>
    public IReadOnlyList<PlanCellEdit> Edits { get; }

    /// <summary>Whether the fix has edits that <see cref="Apply"/> can carry out.</summary>
    public bool CanApply => Edits.Count > 0;

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

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
