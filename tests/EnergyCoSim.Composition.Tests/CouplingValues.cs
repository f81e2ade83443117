using EnergyCoSim.Master;

namespace EnergyCoSim.Composition.Tests;

/// <summary>Reads a value of a coupled run's component by address (<c>component.variable</c>).</summary>
internal static class CouplingValues
{
    public static double Read(CoupledRun run, string address)
    {
        var a = VariableAddress.Parse(address);
        var component = run.Execution.Components.Single(c => c.Name == a.Component);
        var values = new double[1];
        component.GetReal([component.Description.GetVariable(a.Variable).Reference], values);
        return values[0];
    }

    public static bool Has(CoupledRun run, string address)
    {
        var a = VariableAddress.Parse(address);
        return run.Execution.Components.Any(c => c.Name == a.Component && c.Description.TryGetVariable(a.Variable, out _));
    }
}
