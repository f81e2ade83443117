using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>
/// A protocol-level mosaik master written independently of the endpoint's own codec: hand-made 4-byte big-endian
/// frames and JsonNode messages over a real socket. It numbers its requests from 0 and answers the simulator's
/// requests (get_progress, get_related_entities) while it waits for a reply, as mosaik does.
/// </summary>
internal sealed class TestMaster : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private int _nextId;

    private TestMaster(Socket socket)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>When true, the simulator's requests get failure replies (as mosaik gives for a bad call).</summary>
    public bool FailSimulatorRequests { get; set; }

    /// <summary>Requests the simulator sent us, in order (method and id).</summary>
    public List<(string Method, long Id)> ReceivedRequests { get; } = [];

    /// <summary>Listens on an ephemeral loopback port (mosaik's <c>cmd</c> mode); returns the listener and its address.</summary>
    public static (TcpListener Listener, string Address) Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return (listener, $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    /// <summary>Accepts the simulator's connection.</summary>
    public static async Task<TestMaster> AcceptAsync(TcpListener listener)
    {
        using var cts = new CancellationTokenSource(Timeout);
        var socket = await listener.AcceptSocketAsync(cts.Token);
        return new TestMaster(socket);
    }

    /// <summary>Connects to a listening simulator (mosaik's <c>connect</c> mode), retrying until it listens.</summary>
    public static async Task<TestMaster> ConnectAsync(int port)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return new TestMaster(socket);
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                socket.Dispose();
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Sends a request and returns (type, content) of its reply.</summary>
    public async Task<(int Type, JsonNode? Content)> CallAsync(string method, JsonArray? args = null, JsonObject? kwargs = null)
    {
        var id = _nextId++;
        await SendAsync(new JsonArray(0, id, new JsonArray(method, args ?? [], kwargs ?? [])).ToJsonString());
        while (true)
        {
            var message = JsonNode.Parse(await ReceiveTextAsync())!.AsArray();
            var type = message[0]!.GetValue<int>();
            var msgId = message[1]!.GetValue<long>();
            if (type == 0)
            {
                var content = message[2]!.AsArray();
                var name = content[0]!.GetValue<string>();
                ReceivedRequests.Add((name, msgId));
                JsonNode? reply = name switch
                {
                    "get_progress" => 42.5,
                    "get_related_entities" => new JsonObject { ["nodes"] = new JsonObject(), ["edges"] = new JsonArray(new JsonArray("PV-0.pv_0", "EnergyCoSim-0.Prosumer_0", new JsonObject())) },
                    _ => null,
                };
                var answer = FailSimulatorRequests || (reply is null && name != "get_progress" && name != "get_related_entities")
                    ? new JsonArray(2, msgId, new JsonArray("ValueError", $"unknown {name}"))
                    : new JsonArray(1, msgId, reply);
                await SendAsync(answer.ToJsonString());
                continue;
            }

            Assert.Equal(id, msgId);
            return (type, message[2]?.DeepClone());
        }
    }

    /// <summary>Calls and asserts a success reply.</summary>
    public async Task<JsonNode?> CallOkAsync(string method, JsonArray? args = null, JsonObject? kwargs = null)
    {
        var (type, content) = await CallAsync(method, args, kwargs);
        Assert.True(type == 1, $"{method} failed: {content?.ToJsonString()}");
        return content;
    }

    /// <summary>Sends raw payload text as one frame.</summary>
    public Task SendAsync(string json) => SendRawAsync(Frame(Encoding.UTF8.GetBytes(json)));

    /// <summary>Sends raw bytes (possibly a partial frame).</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        using var cts = new CancellationTokenSource(Timeout);
        await _stream.WriteAsync(bytes, cts.Token);
    }

    /// <summary>Builds a frame around a payload.</summary>
    public static byte[] Frame(byte[] payload)
    {
        var frame = new byte[payload.Length + 4];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)payload.Length);
        payload.CopyTo(frame, 4);
        return frame;
    }

    /// <summary>Receives one frame's text.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var header = new byte[4];
        await _stream.ReadExactlyAsync(header, cts.Token);
        var payload = new byte[BinaryPrimitives.ReadUInt32BigEndian(header)];
        await _stream.ReadExactlyAsync(payload, cts.Token);
        return Encoding.UTF8.GetString(payload);
    }

    /// <summary>True when the simulator closed the connection (read returns 0) within the timeout.</summary>
    public async Task<bool> IsClosedByPeerAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[1];
        try
        {
            return await _stream.ReadAsync(buffer, cts.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync() => await _stream.DisposeAsync();
}
