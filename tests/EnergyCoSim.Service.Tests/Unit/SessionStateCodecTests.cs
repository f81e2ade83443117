using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Service.Sessions;

namespace EnergyCoSim.Service.Tests.Unit;

public sealed class SessionStateCodecTests
{
    [Fact]
    public void Decode_EncodedState_GivesBackStreamsAndEnvironmentBytes()
    {
        RandomStreamState[] streams = [new(1, 2, 3, 4), new(ulong.MaxValue, 5, 6, 7)];
        byte[] environment = [9, 8, 7];

        var (gotStreams, gotEnvironment) = SessionStateCodec.Decode(SessionStateCodec.Encode(streams, environment), 2);

        Assert.Equal(streams, gotStreams);
        Assert.Equal(environment, gotEnvironment);
    }

    [Fact]
    public void Decode_OtherAgentCount_ThrowsValidationOnState()
    {
        var bytes = SessionStateCodec.Encode([new(1, 2, 3, 4)], [1]);

        var ex = Assert.Throws<ValidationException>(() => SessionStateCodec.Decode(bytes, 7));

        Assert.Equal("state", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void Decode_Garbage_ThrowsValidation()
    {
        Assert.Throws<ValidationException>(() => SessionStateCodec.Decode(new byte[] { 1, 2, 3 }, 1));
    }
}
