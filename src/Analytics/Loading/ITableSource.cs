namespace Analytics.Loading;

/// <summary>
/// Where a plan's tables come from: a folder of CSV files (<see cref="CsvFolder"/>) or the sheets of one .xlsx
/// workbook (<see cref="Workbooks.WorkbookTables"/>). Tables are named by their CSV file (<see cref="PlanFiles"/>);
/// a workbook's sheet is that name without ".csv".
/// </summary>
public interface ITableSource : IDisposable
{
    /// <summary>Whether the source holds the table of <paramref name="file"/> (e.g. "products.csv").</summary>
    bool Has(string file);

    /// <summary>The table of <paramref name="file"/>, checked against <paramref name="schema"/>.</summary>
    /// <exception cref="Common.InputException">The table is missing or malformed, at its file (or sheet), row and column.</exception>
    CsvTable Read(string file, CsvSchema schema);

    /// <summary>Where the table of <paramref name="file"/> is, for messages: "data/plc-2026/targets.csv" or "plan.xlsx (sheet targets)".</summary>
    string Describe(string file);
}
