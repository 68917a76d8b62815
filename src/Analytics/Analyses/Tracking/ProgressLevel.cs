namespace Analytics.Analyses.Tracking;

/// <summary>What a row of the year-to-date comparison is: a target of the plan's tree or a person.</summary>
public enum ProgressLevel
{
    /// <summary>The company target.</summary>
    Company,

    /// <summary>A business line.</summary>
    Line,

    /// <summary>An industry target below a line.</summary>
    Industry,

    /// <summary>A region target below a line or an industry.</summary>
    Region,

    /// <summary>A person's target (the targets credited to them, as the decomposition assigns them).</summary>
    Person,
}
