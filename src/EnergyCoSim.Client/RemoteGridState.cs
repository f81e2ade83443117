using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Client;

/// <summary>Saved state of a <see cref="RemoteGridComponent"/>: its inputs (injections, branch in_service) and last outputs (voltages, branch outputs, losses) (the solver is stateless).</summary>
internal sealed class RemoteGridState(string owner, double[] inputs, double[] inService, double[] voltages, double[] branches, double losses, bool converged, int step) : ComponentState(owner)
{
    public double[] Inputs { get; } = inputs;

    public double[] InService { get; } = inService;

    public double[] Voltages { get; } = voltages;

    public double[] Branches { get; } = branches;

    public double Losses { get; } = losses;

    public bool Converged { get; } = converged;

    public int Step { get; } = step;
}
