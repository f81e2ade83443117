using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Service.Sessions;

namespace EnergyCoSim.Service.Tests.Unit;

public sealed class SessionStateCodecTests
{
    [Fact]
    public void Decode_EncodedState_GivesBackStreamsInputsAndEnvironmentBytes()
    {
        RandomStreamState[] streams = [new(1, 2, 3, 4), new(ulong.MaxValue, 5, 6, 7)];
        double[] inputs = [double.NaN, 2.5, -0.0];
        byte[] environment = [9, 8, 7];

        var (gotStreams, gotInputs, gotEnvironment) = SessionStateCodec.Decode(SessionStateCodec.Encode(streams, inputs, environment), 2, 3);

        Assert.Equal(streams, gotStreams);
        Assert.Equal(inputs.Select(BitConverter.DoubleToInt64Bits), gotInputs.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(environment, gotEnvironment);
    }

    [Fact]
    public void Decode_OtherAgentCount_ThrowsValidationOnState()
    {
        var bytes = SessionStateCodec.Encode([new(1, 2, 3, 4)], [], [1]);

        var ex = Assert.Throws<ValidationException>(() => SessionStateCodec.Decode(bytes, 7, 0));

        Assert.Equal("state", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void Decode_Garbage_ThrowsValidation()
    {
        Assert.Throws<ValidationException>(() => SessionStateCodec.Decode(new byte[] { 1, 2, 3 }, 1, 0));
    }
}
