namespace EnergyCoSim.Reporting;

/// <summary>A figure as the HTML page references it: the rendered figure and its <c>src</c> (relative path or data URI).</summary>
/// <param name="Figure">The rendered figure.</param>
/// <param name="Source">Value of the img element's src attribute.</param>
internal sealed record ReportFigure(Figure Figure, string Source);
