using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>An action after battery netting and clamping: what the agent will submit.</summary>
/// <param name="Price">Limit price, clamped to the market bounds.</param>
/// <param name="Quantity">Energy for the interval, clamped to the market bounds.</param>
/// <param name="Side">Buy or sell, decided once from the raw action.</param>
/// <param name="PartnerIndex">Preferred partner index, unchanged.</param>
public sealed record OrderIntent(PriceUsdPerMWh Price, EnergyKWh Quantity, OrderSide Side, int PartnerIndex);
