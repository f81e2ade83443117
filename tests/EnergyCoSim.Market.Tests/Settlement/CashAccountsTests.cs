using EnergyCoSim.Market.Settlement;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Settlement;

public sealed class CashAccountsTests
{
    [Fact]
    public void Apply_TwoIntervals_AccumulatesEachAgentsProfitAndStaysBalanced()
    {
        var matcher = Matcher(NewDso(40, 180, steps: 2));
        var accounts = new CashAccounts();

        // Interval 0: a buys 10 kWh from b at 125 $/MWh (1.25 USD). Interval 1: b buys 4 kWh from the DSO at 180 (0.72 USD).
        accounts.Apply(matcher.MatchOrders(0, [Buy("a", 150, 10), Sell("b", 100, 10)]).Settlement);
        accounts.Apply(matcher.MatchOrders(1, [Buy("b", 150, 4)]).Settlement);

        Assert.Equal(-1.25, accounts.BalanceOf("a").Value, 12);
        Assert.Equal(1.25 - 0.72, accounts.BalanceOf("b").Value, 12);
        Assert.Equal(0.72, accounts.Dso.Value, 12);
        Assert.Equal(0, accounts.AgentBalancesUsd.Values.Sum() + accounts.Dso.Value + accounts.FeesCollected.Value, 12);

        accounts.Reset();

        Assert.Equal(0, accounts.BalanceOf("a").Value);
        Assert.Empty(accounts.AgentBalancesUsd);
    }
}
