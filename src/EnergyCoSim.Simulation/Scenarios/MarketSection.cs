namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Market rules of a scenario (MARLEM MarketConfig plus EnergyCoSim's settlement settings).</summary>
public sealed class MarketSection
{
    /// <summary>Lowest admissible price, USD/MWh.</summary>
    public double MinPrice { get; init; }

    /// <summary>Highest admissible price, USD/MWh.</summary>
    public double MaxPrice { get; init; } = 1000;

    /// <summary>Smallest order quantity, kWh per interval.</summary>
    public double MinQuantity { get; init; }

    /// <summary>Largest order quantity, kWh per interval.</summary>
    public double MaxQuantity { get; init; } = 1000;

    /// <summary>Clearing mechanism: average, buyer, seller, bid_ask_spread, nash_bargaining, proportional_surplus.</summary>
    public string Mechanism { get; init; } = "average";

    /// <summary>Factor k of the bid–ask spread rule, in [0, 1].</summary>
    public double BidAskFactor { get; init; } = 0.5;

    /// <summary>True: partners come from the agents' actions; false: rule-based partner selection.</summary>
    public bool PartnerPreference { get; init; }

    /// <summary>Proof-of-work difficulty of the trade log (leading hex zeros), ≥ 1.</summary>
    public int BlockchainDifficulty { get; init; } = 2;

    /// <summary>Quantities at or below this are treated as filled, kWh.</summary>
    public double Threshold { get; init; } = 1e-6;

    /// <summary>Transmission loss per km per kWh of the distance rule.</summary>
    public double LossFactor { get; init; } = 0.03;

    /// <summary>Share of each P2P trade's network fee paid by the buyer, in [0, 1].</summary>
    public double FeeBuyerShare { get; init; } = 0.5;

    /// <summary>Record every trade in the tamper-evident hash-chain log (MARLEM's validator); off saves the mining time.</summary>
    public bool Ledger { get; init; } = true;

    /// <summary>Jitter order timestamps within the interval (MARLEM's asynchronous orders).</summary>
    public bool AsynchronousOrders { get; init; } = true;
}
