namespace Analytics.Interactive.Tests;

/// <summary>Tests that read or set <see cref="Notebook.Options"/> or the global formatter registry run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookOptionsCollection
{
    public const string Name = "notebook options";
}
