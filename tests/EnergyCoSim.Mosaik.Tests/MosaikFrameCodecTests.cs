using System.Text;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Tests;

public sealed class MosaikFrameCodecTests
{
    private static readonly MosaikFrameCodec Codec = new(1 << 20);

    [Fact]
    public async Task ReadAsync_FrameSplitIntoSingleBytes_ReturnsWholePayload()
    {
        var payload = Encoding.UTF8.GetBytes("[0, 7, [\"step\", [0, {}, 10], {}]]");
        var stream = new TrickleStream([.. TestMaster.Frame(payload), .. TestMaster.Frame(payload)], chunk: 1);

        using var first = await Codec.ReadAsync(stream, CancellationToken.None);
        using var second = await Codec.ReadAsync(stream, CancellationToken.None);

        Assert.Equal(payload, first!.Payload.ToArray());
        Assert.Equal(payload, second!.Payload.ToArray());
        Assert.True(stream.Reads >= 2 * (payload.Length + 4));
        Assert.Null(await Codec.ReadAsync(stream, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_LargeFrame_ReturnsWholePayload()
    {
        var payload = Encoding.UTF8.GetBytes("[1, 0, \"" + new string('x', 900_000) + "\"]");
        var stream = new TrickleStream(TestMaster.Frame(payload), chunk: 65_536);

        using var frame = await Codec.ReadAsync(stream, CancellationToken.None);

        Assert.Equal(payload.Length, frame!.Length);
        Assert.Equal(payload, frame.Payload.ToArray());
    }

    [Fact]
    public async Task ReadAsync_FrameAboveLimit_ThrowsProtocolException()
    {
        var stream = new MemoryStream(TestMaster.Frame(new byte[(1 << 20) + 1]));

        var ex = await Assert.ThrowsAsync<MosaikProtocolException>(async () => await Codec.ReadAsync(stream, CancellationToken.None));

        Assert.Contains("outside", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_StreamEndsInsideFrame_ThrowsProtocolException()
    {
        var frame = TestMaster.Frame(Encoding.UTF8.GetBytes("[1, 0, null]"));
        var stream = new MemoryStream(frame[..^3]);

        var ex = await Assert.ThrowsAsync<MosaikProtocolException>(async () => await Codec.ReadAsync(stream, CancellationToken.None));

        Assert.Contains("inside a frame", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_StreamEndsInsideHeader_ThrowsProtocolException()
    {
        var stream = new MemoryStream([0, 0]);

        await Assert.ThrowsAsync<MosaikProtocolException>(async () => await Codec.ReadAsync(stream, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_Payload_PrefixesBigEndianLength()
    {
        var stream = new MemoryStream();
        var frame = new byte[4 + 300];
        frame.AsSpan(4).Fill((byte)'1');

        await Codec.WriteAsync(stream, frame, CancellationToken.None);

        Assert.Equal(new byte[] { 0, 0, 1, 44 }, stream.ToArray()[..4]);
    }
}
