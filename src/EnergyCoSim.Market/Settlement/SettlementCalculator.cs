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
        var agents = new Dictionary<string, Account>(StringComparer.Ordinal);
        var dso = new Account();
        double fees = 0, losses = 0;
        foreach (var trade in trades)
        {
            var value = trade.Value.Value;
            var fee = trade.Fees.Value;
            var buyer = trade.BuyerId == dsoId ? dso : AccountOf(agents, trade.BuyerId);
            var seller = trade.SellerId == dsoId ? dso : AccountOf(agents, trade.SellerId);
            var buyerFee = fee * buyerFeeShare;
            var sellerFee = fee - buyerFee;
            buyer.Received += trade.Quantity.Value - trade.TransmissionLoss.Value;
            buyer.Cash -= value + buyerFee;
            buyer.Fees += buyerFee;
            seller.Sold += trade.Quantity.Value;
            seller.Cash += value - sellerFee;
            seller.Fees += sellerFee;
            fees += fee;
            losses += trade.TransmissionLoss.Value;
        }

        var settled = new Dictionary<string, ParticipantSettlement>(agents.Count, StringComparer.Ordinal);
        foreach (var (id, account) in agents)
        {
            settled[id] = account.ToSettlement();
        }

        return new SettlementStatement(settled, dso.ToSettlement(), new MoneyUsd(fees), new EnergyKWh(losses));
    }

    private static Account AccountOf(Dictionary<string, Account> agents, string id)
    {
        if (!agents.TryGetValue(id, out var account))
        {
            account = new Account();
            agents[id] = account;
        }

        return account;
    }

    private sealed class Account
    {
        public double Sold;
        public double Received;
        public double Cash;
        public double Fees;

        public ParticipantSettlement ToSettlement() => new(new(Sold), new(Received), new(Cash), new(Fees));
    }
}
