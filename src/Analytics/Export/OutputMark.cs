namespace Analytics.Export;

/// <summary>
/// How the toolkit recognises an output as its own, since only such a file is ever replaced: by
/// default the <see cref="Provenance"/> record written beside it; a format that carries its own
/// mark (the owner's report has a generator tag in its head) gives a recogniser instead, and no
/// record is written.
/// </summary>
/// <param name="Writer">Who writes the file, for refusals: "analytics", "analytics report".</param>
/// <param name="Option">What the user changes to write elsewhere, for refusals: "path", "--out".</param>
/// <param name="Recognise">Whether the existing regular file at a full path is the toolkit's own; null for the provenance record.</param>
/// <param name="Record">Whether a provenance record is written even though <paramref name="Recognise"/> is given (a recogniser that also accepts the record).</param>
public sealed record OutputMark(string Writer, string Option, Func<string, bool>? Recognise = null, bool Record = false)
{
    /// <summary>Recognised by its <see cref="Provenance"/> record (CSV, PNG, manifests).</summary>
    public static OutputMark Recorded { get; } = new("analytics", "path");

    /// <summary>A file the user asked to have edited in place (a scenario a fit is written into): always replaceable, never recorded.</summary>
    public static OutputMark EditInPlace { get; } = new("analytics", "path", _ => true);

    /// <summary>A file written once and never replaced (a backup): never recorded.</summary>
    public static OutputMark Once { get; } = new("analytics", "path", _ => false);

    /// <summary>Whether the existing regular file at <paramref name="full"/> is the toolkit's own.</summary>
    public bool IsOurs(string full) => Recognise is null ? Provenance.IsOurs(full) : Recognise(full);
}
