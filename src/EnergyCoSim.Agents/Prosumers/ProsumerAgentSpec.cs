using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Storage;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>Immutable, validated definition of a prosumer: id, capacity, node, optional battery and profile recipes.</summary>
public sealed class ProsumerAgentSpec
{
    /// <summary>Creates and validates the definition; all problems are reported together.</summary>
    /// <param name="id">Unique agent id (not the DSO id).</param>
    /// <param name="capacity">Installed capacity, kW, ≥ 0 (0: a pure consumer); scales generated profiles.</param>
    /// <param name="nodeId">Grid node, or null when the agent has no location.</param>
    /// <param name="battery">Battery, or null for none.</param>
    /// <param name="generation">How generation is made at each reset; null: solar generator, no shaping.</param>
    /// <param name="demand">How demand is made at each reset; null: residential generator, no shaping.</param>
    /// <param name="scope">Field path prefix for messages (e.g. <c>agents[3]</c>).</param>
    public ProsumerAgentSpec(string id, PowerKW capacity, string? nodeId = null, BatterySpec? battery = null, ProfileRecipe? generation = null, ProfileRecipe? demand = null, string scope = "agent")
    {
        var root = new ViolationCollector();
        var c = root.Scope(scope);
        c.NotEmpty("id", id);
        c.Require(id != Market.Orders.MarketParticipants.DsoId, "id", id, "is reserved for the DSO");
        c.AtLeast("capacity_kw", capacity.Value, 0);
        root.ThrowIfAny("agent specification");
        Id = id;
        Capacity = capacity;
        NodeId = nodeId;
        Battery = battery;
        Generation = generation ?? new ProfileRecipe(new SolarGenerationSource(), ProfileShaping.None);
        Demand = demand ?? new ProfileRecipe(new ResidentialDemandSource(), ProfileShaping.None);
    }

    /// <summary>Unique agent id.</summary>
    public string Id { get; }

    /// <summary>Installed capacity, kW.</summary>
    public PowerKW Capacity { get; }

    /// <summary>Grid node, or null.</summary>
    public string? NodeId { get; }

    /// <summary>Battery, or null.</summary>
    public BatterySpec? Battery { get; }

    /// <summary>Generation recipe.</summary>
    public ProfileRecipe Generation { get; }

    /// <summary>Demand recipe.</summary>
    public ProfileRecipe Demand { get; }
}
