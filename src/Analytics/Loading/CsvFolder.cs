namespace Analytics.Loading;

/// <summary>A plan's tables as the CSV files of one folder (<see cref="PlanFiles"/>): the original form of a plan.</summary>
/// <param name="Directory">The folder as the user named it.</param>
public sealed record CsvFolder(string Directory) : ITableSource
{
    /// <inheritdoc />
    public bool Has(string file) => File.Exists(Describe(file));

    /// <inheritdoc />
    public CsvTable Read(string file, CsvSchema schema) => CsvTable.Load(Describe(file), schema);

    /// <inheritdoc />
    public string Describe(string file) => Path.Combine(Directory, file);

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
