using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>How an agent's generation or demand is made at every reset: a source, then the shaping.</summary>
/// <param name="Source">Generator, CSV column, constant or inline values.</param>
/// <param name="Shaping">Multipliers, windows and clipping applied after the source.</param>
public sealed record ProfileRecipe(IProfileSource Source, ProfileShaping Shaping)
{
    /// <summary>Builds one episode's profile of <paramref name="steps"/> intervals for an agent of <paramref name="capacityKW"/> kW.</summary>
    public EnergyProfile Build(int steps, double capacityKW, RandomStream random, string name = "profile") =>
        new(Shaping.Apply(Source.Generate(steps, capacityKW, random)), name);
}
