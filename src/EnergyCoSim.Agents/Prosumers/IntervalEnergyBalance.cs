using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>
/// One agent's energy flows in one market interval at its meter, kWh. It closes exactly:
/// <c>Generation + Bought + Discharge + UnservedDemand + UndeliveredSale = Demand + Sold + Charge + Curtailment</c>.
/// A surplus the battery cannot take is curtailed; a deficit the battery cannot cover is a shortfall, charged first
/// to the agent's own demand (<see cref="UnservedDemand"/>, at most the demand) and the rest to energy it sold but
/// could not deliver (<see cref="UndeliveredSale"/>).
/// </summary>
public sealed record IntervalEnergyBalance(
    int Step,
    EnergyKWh Generation,
    EnergyKWh Demand,
    EnergyKWh Bought,
    EnergyKWh Sold,
    EnergyKWh Charge,
    EnergyKWh Discharge,
    EnergyKWh Curtailment,
    EnergyKWh UnservedDemand,
    EnergyKWh UndeliveredSale,
    EnergyKWh SelfDischargeLoss)
{
    /// <summary>Physical net surplus at the meter before storage: G − D + bought − sold.</summary>
    public EnergyKWh NetSurplus => Generation - Demand + Bought - Sold;

    /// <summary>Left side minus right side of the balance; 0 up to rounding.</summary>
    public EnergyKWh Residual =>
        Generation + Bought + Discharge + UnservedDemand + UndeliveredSale - (Demand + Sold + Charge + Curtailment);
}
