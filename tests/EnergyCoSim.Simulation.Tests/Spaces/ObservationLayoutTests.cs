using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Simulation.Tests.Spaces;

public sealed class ObservationLayoutTests
{
    private static ObservationBoundsInput Input(bool preference) => new(7, 24, 35, 280, 0.1, 200, 1200, 60, 18, preference);

    [Fact]
    public void Size_WithPartnerPreference_Is42PlusAgents()
    {
        Assert.Equal(42, ObservationLayout.BaseNames.Count);
        Assert.Equal(49, new ObservationLayout(Input(true)).Size);
        Assert.Equal(42, new ObservationLayout(Input(false)).Size);
    }

    [Fact]
    public void Bounds_MatchSpecTable()
    {
        var layout = new ObservationLayout(Input(true));
        Assert.Equal(24, layout.High[0]);                 // current_step ≤ max_steps
        Assert.Equal(35, layout.Low[2]);                  // clearing price ≥ min_price
        Assert.Equal(1400, layout.High[3]);               // Qmax = 200 · 7
        Assert.Equal(-1200, layout.Low[4]);               // grid balance ≥ −C
        Assert.Equal(2800, layout.High[7]);               // 2 · Qmax
        Assert.Equal(-280, layout.Low[15]);
        Assert.Equal(18, layout.High[26]);                // battery energy ≤ capacity
        Assert.Equal(24 * 18, layout.High[30]);
        Assert.Equal(280 * 1400 / 1000.0, layout.High[32]); // social welfare in USD
        Assert.Equal("reputation[3]", ObservationLayout.NameOf(45));
    }

    [Fact]
    public void Write_AtReset_FollowsMarlemResetValues()
    {
        var obs = new float[49];
        var agent = new AgentObservationInput { Reputation = 0.4, BatteryEnergyKWh = 9, BatterySoc = 0.5, AvailableChargeKWh = 7.2, AvailableDischargeKWh = 7.2 };
        ObservationWriter.Write(obs, 0, 0, null, 66.6, 114.5, 35, 0.1, agent, null, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);

        Assert.Equal(35f, obs[2]);
        Assert.Equal(0.1f, obs[3]);
        Assert.Equal(66.6f, obs[11]);
        Assert.Equal(114.5f, obs[12]);
        Assert.Equal(0.4f, obs[25]);
        Assert.Equal(9f, obs[26]);
        Assert.Equal(0f, obs[32]);
        Assert.Equal(0.7f, obs[48]);
    }
}
