namespace EnergyCoSim.Market.Orders;

/// <summary>Side of an order.</summary>
public enum OrderSide
{
    /// <summary>Wants to buy energy.</summary>
    Buy,

    /// <summary>Wants to sell energy.</summary>
    Sell,
}
