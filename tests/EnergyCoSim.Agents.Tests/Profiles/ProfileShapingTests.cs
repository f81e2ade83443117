using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Agents.Tests.Profiles;

public sealed class ProfileShapingTests
{
    [Fact]
    public void Apply_WindowMultiplierInclusiveBounds_Case5MorningPeak()
    {
        var shaping = new ProfileShaping(windows: [new ProfileWindow(8, 12, 1.3)]);

        var shaped = shaping.Apply(Enumerable.Repeat(10.0, 24).ToArray());

        Assert.Equal(10.0, shaped[7]);
        Assert.All(shaped[8..13], v => Assert.Equal(13.0, v, 12));
        Assert.Equal(10.0, shaped[13]);
    }

    [Fact]
    public void Apply_MultiplierWindowsAndClip_InThatOrder()
    {
        // Evening demand: ×0.5 overall, ×1.8 for 17 ≤ h ≤ 21 (96 quarter hours: h = i/4), clipped to [0.1, 200].
        var shaping = new ProfileShaping(0.5, [new ProfileWindow(17, 21, 1.8)], 0.1, 200);
        var input = Enumerable.Repeat(300.0, 96).ToArray();
        input[0] = 0;

        var shaped = shaping.Apply(input);

        Assert.Equal(0.1, shaped[0]);
        Assert.Equal(150.0, shaped[67]); // h = 16.75
        Assert.Equal(200.0, shaped[68]); // h = 17: 270 clipped
        Assert.Equal(200.0, shaped[84]); // h = 21
        Assert.Equal(150.0, shaped[85]);
    }

    [Fact]
    public void Constructor_InvalidValues_ReportsAllWithPaths()
    {
        var ex = Assert.Throws<ValidationException>(() =>
            new ProfileShaping(-1, [new ProfileWindow(12, 8, -2)], 5, 1, "agents[0].generation"));

        Assert.Equal(
            ["agents[0].generation.multiplier", "agents[0].generation.windows[0].to_hour", "agents[0].generation.windows[0].multiplier", "agents[0].generation.clip_max"],
            ex.Violations.Select(v => v.Field).ToArray());
    }
}
