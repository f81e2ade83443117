using EnergyCoSim.Agents.Profiles;

namespace EnergyCoSim.Agents.Tests.Profiles;

public sealed class ProfileSmoothingTests
{
    [Fact]
    public void Smooth_Window3_ZeroPaddedCentredAverage()
    {
        // numpy.convolve([1,2,3,4,5], ones(3)/3, "same") = [1, 2, 3, 4, 3].
        Assert.Equal([1.0, 2.0, 3.0, 4.0, 3.0], ProfileSmoothing.Smooth([1, 2, 3, 4, 5], 3, 1));
    }

    [Fact]
    public void Smooth_EvenWindow_StartsLikeNumpySame()
    {
        // numpy.convolve([2,4,6,8], ones(4)/4, "same") = full[1:5] = [1.5, 3, 5, 4.5].
        Assert.Equal([1.5, 3.0, 5.0, 4.5], ProfileSmoothing.Smooth([2, 4, 6, 8], 4, 2));
    }

    [Fact]
    public void Smooth_ShorterThanWindowOrWindowOne_Unchanged()
    {
        Assert.Equal([1.0, 2.0], ProfileSmoothing.Smooth([1, 2], 3, 1));
        Assert.Equal([1.25, 2.0], ProfileSmoothing.Smooth([1.25, 2], 1, 1));
    }
}
