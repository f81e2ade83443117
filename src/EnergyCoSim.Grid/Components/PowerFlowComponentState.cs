using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Grid.Components;

/// <summary>A saved power-flow component: its variable values (the solve itself depends only on the inputs).</summary>
internal sealed class PowerFlowComponentState(string owner, double[] values) : ComponentState(owner)
{
    public double[] Values { get; } = values;
}
