namespace EnergyCoSim.Reporting;

/// <summary>What a cell of the buyer×seller matrix sums.</summary>
public enum TradeMatrixKind
{
    /// <summary>Σ quantity, kWh.</summary>
    Volume,

    /// <summary>Σ price · quantity, USD.</summary>
    Value,

    /// <summary>Number of trades.</summary>
    Count,
}
