using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using EnergyCoSim.Mosaik.Hosting;

namespace EnergyCoSim.Benchmarks.Mosaik;

/// <summary>A minimal mosaik master over loopback TCP: sends a script's frames one by one and waits for each reply.</summary>
internal static class MosaikLoopbackMaster
{
    /// <summary>Runs one session of <paramref name="steps"/> step/get_data pairs; returns the reply bytes of the steps.</summary>
    public static async Task<long> RunAsync(MosaikTcpHost host, TcpListener listener, MosaikBenchmarkScript script, int steps)
    {
        var address = MosaikAddress.Parse($"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        var session = host.ConnectAsync(address, CancellationToken.None);
        using var socket = await listener.AcceptSocketAsync();
        socket.NoDelay = true;
        var header = new byte[4];
        var reply = new byte[1 << 16];
        foreach (var frame in script.SetupFrames)
        {
            socket.Send(frame);
            Receive(socket, header, ref reply);
        }

        long bytes = 0;
        for (var k = 0; k < steps; k++)
        {
            socket.Send(script.Step(k));
            bytes += Receive(socket, header, ref reply);
            socket.Send(script.GetData(k));
            bytes += Receive(socket, header, ref reply);
        }

        socket.Send(MosaikBenchmarkScript.Stop(steps));
        Receive(socket, header, ref reply);
        await session;
        return bytes;
    }

    private static int Receive(Socket socket, byte[] header, ref byte[] reply)
    {
        ReceiveExactly(socket, header);
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(header);
        if (reply.Length < length)
        {
            reply = new byte[length * 2];
        }

        ReceiveExactly(socket, reply.AsSpan(0, length));
        if (reply[1] != (byte)'1')
        {
            throw new InvalidOperationException("endpoint answered with a failure: " + System.Text.Encoding.UTF8.GetString(reply, 0, Math.Min(length, 400)));
        }

        return length;
    }

    private static void ReceiveExactly(Socket socket, Span<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var n = socket.Receive(buffer);
            if (n == 0)
            {
                throw new IOException("endpoint closed the connection");
            }

            buffer = buffer[n..];
        }
    }
}
