namespace Analytics.Loading;

/// <summary>
/// The columns a CSV file must and may have. Columns are matched exactly (after trimming); an
/// unknown column is an error rather than ignored, since a misspelt optional column would
/// otherwise be dropped without a word.
/// </summary>
/// <param name="Required">Columns that must be present, in the order documented in data/README.md.</param>
/// <param name="Optional">Columns that may be present.</param>
public sealed record CsvSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>A schema whose columns are all required.</summary>
    public CsvSchema(params string[] required)
        : this(required, [])
    {
    }

    /// <summary>
    /// Whether columns the schema does not name are accepted (default false). Only for files whose
    /// other columns are the user's own, such as an export a column is fitted from: a plan file's
    /// columns are all known, so a stray one there is a misspelling.
    /// </summary>
    public bool OtherColumns { get; init; }

    /// <summary>
    /// The columns that hold numbers (default none). A CSV file holds text only, so this matters for a workbook's
    /// sheet: there a number column takes numeric cells only (a text cell is an error at the cell, since a number
    /// stored as text is a typing slip Excel flags too), and a plan converted to a workbook writes these cells as numbers.
    /// </summary>
    public IReadOnlyList<string> Numbers { get; init; } = [];

    /// <summary>Every column the schema knows, required first.</summary>
    public IEnumerable<string> All => Required.Concat(Optional);

    /// <summary>The header a user should write, for messages.</summary>
    public string Describe()
        => string.Join(',', Required) + (Optional.Count > 0 ? " (optional: " + string.Join(',', Optional) + ")" : string.Empty) + (OtherColumns ? (Required.Count + Optional.Count > 0 ? " and any other columns" : "any columns") : string.Empty);
}
