namespace EnergyCoSim.Market.Orders;

/// <summary>
/// Receives every trade the matcher produces, in order, so a tamper-evident log (the hash-chain validator)
/// can record it. <see cref="Seal"/> is called once after each market interval to close pending records.
/// </summary>
public interface ITradeRecorder
{
    /// <summary>Records one trade.</summary>
    void Record(Trade trade);

    /// <summary>Closes the interval: records still pending are committed (e.g. mined into a block).</summary>
    void Seal();
}
