using Analytics.Charts;
using Analytics.Common;

namespace Analytics.Report;

/// <summary>
/// One section of the owner's report. A new analysis adds its section by deriving from this and
/// adding one line to <see cref="ReportPage.Sections"/>; a section whose result is missing from
/// the content says so through <see cref="Applies"/> and is left out of the page.
/// </summary>
public abstract class ReportSection
{
    /// <summary>The section's anchor id (lower-case letters and '-').</summary>
    public abstract string Id { get; }

    /// <summary>The section's heading.</summary>
    public abstract BilingualText Title { get; }

    /// <summary>Whether the content holds what the section shows (default: always).</summary>
    public virtual bool Applies(ReportContent content) => true;

    /// <summary>Writes the section's body (the heading is written for it).</summary>
    public void Write(ReportContent content, ReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(writer);
        WriteBody(content, writer, writer.Options);
    }

    /// <summary>Writes the body with the page's options <paramref name="o"/>.</summary>
    protected abstract void WriteBody(ReportContent content, ReportWriter writer, ChartOptions o);
}
