namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Which FMU output adds to a bus's injection (kW, + = into the grid after the gain) and with which gain.</summary>
public sealed class FmuInjectionSection
{
    /// <summary>Output variable of the FMU, in kW.</summary>
    public string Variable { get; init; } = string.Empty;

    /// <summary>Factor on the output before it is summed (−1 turns a charging power into an injection).</summary>
    public double Gain { get; init; } = 1;
}
