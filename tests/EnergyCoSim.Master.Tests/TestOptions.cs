using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;

namespace EnergyCoSim.Master.Tests;

internal static class TestOptions
{
    public static ExecutionOptions Fixed(long stop, long step = 1, MasterAlgorithm algorithm = MasterAlgorithm.Jacobi) => new()
    {
        StopTime = new SimulationTime(stop),
        BaseStep = new SimulationDuration(step),
        Algorithm = algorithm,
    };
}
