using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Agents.Prosumers;

/// <summary>The market's price and quantity limits that every order is clamped to.</summary>
public sealed class ActionBounds
{
    /// <summary>Creates and validates the bounds (min &lt; max, quantities ≥ 0).</summary>
    public ActionBounds(PriceUsdPerMWh minPrice, PriceUsdPerMWh maxPrice, EnergyKWh minQuantity, EnergyKWh maxQuantity)
    {
        var root = new ViolationCollector();
        var c = root.Scope("market");
        var minPriceOk = c.Finite("min_price", minPrice.Value);
        if (c.Finite("max_price", maxPrice.Value) && minPriceOk)
        {
            c.Require(maxPrice > minPrice, "max_price", maxPrice.Value, "must be > min_price");
        }

        var minQuantityOk = c.AtLeast("min_quantity", minQuantity.Value, 0);
        if (c.Finite("max_quantity", maxQuantity.Value) && minQuantityOk)
        {
            c.Require(maxQuantity > minQuantity, "max_quantity", maxQuantity.Value, "must be > min_quantity");
        }

        root.ThrowIfAny("action bounds");
        (MinPrice, MaxPrice, MinQuantity, MaxQuantity) = (minPrice, maxPrice, minQuantity, maxQuantity);
    }

    /// <summary>Lowest price, $/MWh.</summary>
    public PriceUsdPerMWh MinPrice { get; }

    /// <summary>Highest price, $/MWh.</summary>
    public PriceUsdPerMWh MaxPrice { get; }

    /// <summary>Smallest order, kWh per interval.</summary>
    public EnergyKWh MinQuantity { get; }

    /// <summary>Largest order, kWh per interval.</summary>
    public EnergyKWh MaxQuantity { get; }
}
