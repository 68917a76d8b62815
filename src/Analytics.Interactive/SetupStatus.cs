namespace Analytics.Interactive;

/// <summary>
/// What <see cref="KernelSetup.Load"/> returns. Displayed as HTML, it puts plotly.js on the
/// notebook page (once, embedded: no CDN) so every chart output after it can draw offline.
/// </summary>
/// <param name="PlotlyVersion">The embedded plotly.js version.</param>
/// <param name="Formatters">The types that now display as HTML.</param>
public sealed record SetupStatus(string PlotlyVersion, IReadOnlyList<string> Formatters);
