namespace EnergyCoSim.Mosaik.Simple;

/// <summary>One market of the simple community model: entity id, tariffs, mechanism and its prosumers.</summary>
internal sealed record SimpleMarketSpec(string Eid, double BuyPriceUsdPerMWh, double SellPriceUsdPerMWh, SimpleClearingMechanism Mechanism, IReadOnlyList<SimpleProsumerSpec> Prosumers);
