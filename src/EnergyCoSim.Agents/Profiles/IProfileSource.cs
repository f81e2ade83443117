using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>Produces one episode's energy series, kWh per interval, scaled to an agent's capacity.</summary>
public interface IProfileSource
{
    /// <summary>Generates <paramref name="steps"/> values for an agent of <paramref name="capacityKW"/> kW, drawing only from <paramref name="random"/>.</summary>
    double[] Generate(int steps, double capacityKW, RandomStream random);
}
