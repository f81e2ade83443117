using System.Runtime.InteropServices;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Settlement;

/// <summary>Turns an interval's trades into cash and energy movements: buyer pays price·q/1000 to the seller; P2P fees are split.</summary>
public static class SettlementCalculator
{
    /// <summary>Settles <paramref name="trades"/>.</summary>
    /// <param name="trades">The interval's trades.</param>
    /// <param name="dsoId">The DSO's participant id.</param>
    /// <param name="buyerFeeShare">Buyer's share of each trade's fees, in [0, 1].</param>
    public static SettlementStatement Settle(IReadOnlyList<Trade> trades, string dsoId, double buyerFeeShare)
    {
        var agents = new Dictionary<string, ParticipantSettlement>(trades.Count, StringComparer.Ordinal);
        var dso = ParticipantSettlement.Empty;
        double fees = 0, losses = 0;
        foreach (var trade in trades)
        {
            var value = trade.Value.Value;
            var fee = trade.Fees.Value;
            var buyerFee = fee * buyerFeeShare;
            var sellerFee = fee - buyerFee;
            ref var buyer = ref trade.BuyerId == dsoId ? ref dso : ref CollectionsMarshal.GetValueRefOrAddDefault(agents, trade.BuyerId, out _);
            buyer = new ParticipantSettlement(
                buyer.Sold,
                buyer.Received + (trade.Quantity - trade.TransmissionLoss),
                new MoneyUsd(buyer.Cash.Value - value - buyerFee),
                new MoneyUsd(buyer.FeesPaid.Value + buyerFee));
            ref var seller = ref trade.SellerId == dsoId ? ref dso : ref CollectionsMarshal.GetValueRefOrAddDefault(agents, trade.SellerId, out _);
            seller = new ParticipantSettlement(
                seller.Sold + trade.Quantity,
                seller.Received,
                new MoneyUsd(seller.Cash.Value + value - sellerFee),
                new MoneyUsd(seller.FeesPaid.Value + sellerFee));
            fees += fee;
            losses += trade.TransmissionLoss.Value;
        }

        return new SettlementStatement(agents, dso, new MoneyUsd(fees), new EnergyKWh(losses));
    }
}
