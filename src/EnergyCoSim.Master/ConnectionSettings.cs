namespace EnergyCoSim.Master;

/// <summary>Per-connection coupling settings.</summary>
/// <param name="Kind">Direct (zero delay under Gauss–Seidel), time-shifted or iterative.</param>
/// <param name="Tolerance">For iterative connections: converged when |value change| ≤ this, in the variable's unit (&gt; 0).</param>
/// <param name="MaxIterations">For iterative connections: iteration cap at one time point, in [1, 10 000].</param>
public sealed record ConnectionSettings(CouplingKind Kind = CouplingKind.Direct, double Tolerance = 1e-6, int MaxIterations = 50)
{
    /// <summary>A zero-delay connection.</summary>
    public static ConnectionSettings Direct { get; } = new();

    /// <summary>A connection delayed by one step.</summary>
    public static ConnectionSettings TimeShifted { get; } = new(CouplingKind.TimeShifted);

    /// <summary>An iterative connection with the given tolerance and cap.</summary>
    public static ConnectionSettings Iterative(double tolerance, int maxIterations = 50) => new(CouplingKind.Iterative, tolerance, maxIterations);
}
