namespace EnergyCoSim.Reporting;

/// <summary>One rendered figure: PNG bytes at a stated size (px), a file name and a one-line caption saying how to read it.</summary>
/// <param name="Name">File name without extension, unique within a scenario (e.g. <c>market_performance</c>).</param>
/// <param name="Title">Figure title.</param>
/// <param name="Caption">One line: what the figure shows and how to read it.</param>
/// <param name="Png">PNG-encoded image.</param>
/// <param name="Width">Width, px.</param>
/// <param name="Height">Height, px.</param>
public sealed record Figure(string Name, string Title, string Caption, byte[] Png, int Width, int Height);
