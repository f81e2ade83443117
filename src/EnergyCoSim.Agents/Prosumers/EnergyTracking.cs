using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>Cumulative demand/supply satisfaction counters of spec §1.3 <c>update_energy_tracking</c>, kWh.</summary>
/// <param name="DemandSatisfied">Σ min(D, G + bought).</param>
/// <param name="DemandDeferred">Σ max(0, D − satisfied).</param>
/// <param name="SupplySatisfied">Σ min(G, min(D, G) + sold).</param>
/// <param name="SupplyDeferred">Σ max(0, G − satisfied).</param>
public readonly record struct EnergyTracking(EnergyKWh DemandSatisfied, EnergyKWh DemandDeferred, EnergyKWh SupplySatisfied, EnergyKWh SupplyDeferred)
{
    /// <summary>The counters after one more interval with generation G, demand D and the traded energies.</summary>
    public EnergyTracking Add(EnergyKWh generation, EnergyKWh demand, EnergyKWh bought, EnergyKWh sold)
    {
        var dSat = EnergyKWh.Min(demand, generation + bought);
        var dDef = EnergyKWh.Max(EnergyKWh.Zero, demand - dSat);
        var used = EnergyKWh.Min(demand, generation) + sold;
        var sSat = EnergyKWh.Min(generation, used);
        var sDef = EnergyKWh.Max(EnergyKWh.Zero, generation - sSat);
        return new(DemandSatisfied + dSat, DemandDeferred + dDef, SupplySatisfied + sSat, SupplyDeferred + sDef);
    }
}
