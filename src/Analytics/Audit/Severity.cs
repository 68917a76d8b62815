namespace Analytics.Audit;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The plan contradicts itself: figures that cannot all be true.</summary>
    Error,

    /// <summary>Consistent but doubtful: e.g. a conversion rate above what B2B usually achieves.</summary>
    Warning,

    /// <summary>A derived figure worth knowing (e.g. the over-assignment ratio).</summary>
    Info,
}
