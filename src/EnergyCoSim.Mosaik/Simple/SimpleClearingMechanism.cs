namespace EnergyCoSim.Mosaik.Simple;

/// <summary>How the simple community market prices peer-to-peer energy.</summary>
public enum SimpleClearingMechanism
{
    /// <summary>The midpoint of the grid's buy and sell tariffs.</summary>
    Midpoint = 0,

    /// <summary>Supply-demand-ratio pricing: the price falls from the buy tariff towards the sell tariff as supply grows.</summary>
    SupplyDemandRatio = 1,
}
