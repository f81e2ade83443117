using System.Net;
using System.Net.Sockets;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Protocol;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Mosaik.Hosting;

/// <summary>
/// Runs one mosaik session over TCP in either start mode: connect to the address mosaik passes (<c>cmd</c> with
/// <c>%(addr)s</c>) or listen for mosaik to connect (<c>connect</c>). The socket, the listener and the component
/// are released when the session ends, whatever the reason.
/// </summary>
public sealed class MosaikTcpHost
{
    private readonly Func<IMosaikModelProvider> _providerFactory;
    private readonly MosaikEndpointOptions _endpointOptions;
    private readonly MosaikConnectionOptions _connectionOptions;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    /// <summary>Creates the host; <paramref name="providerFactory"/> makes a fresh provider per session.</summary>
    public MosaikTcpHost(Func<IMosaikModelProvider> providerFactory, MosaikEndpointOptions endpointOptions, MosaikConnectionOptions connectionOptions, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(providerFactory);
        ArgumentNullException.ThrowIfNull(endpointOptions);
        ArgumentNullException.ThrowIfNull(connectionOptions);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _providerFactory = providerFactory;
        _endpointOptions = endpointOptions;
        _connectionOptions = connectionOptions;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<MosaikTcpHost>();
    }

    /// <summary>Connects to mosaik at <paramref name="address"/> and serves the session.</summary>
    public async Task<MosaikSessionResult> ConnectAsync(MosaikAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var endPoint = await address.ResolveAsync(cancellationToken).ConfigureAwait(false);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        MosaikLog.Endpoint(_logger, "connected to", address);
        return await ServeAsync(socket, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Listens on <paramref name="address"/>, reports the bound address, accepts one mosaik connection and serves it.</summary>
    /// <param name="address">Where to listen (port 0 = any free port).</param>
    /// <param name="onListening">Told the actual bound address once the socket listens (e.g. to print it).</param>
    /// <param name="cancellationToken">Stops waiting or serving.</param>
    public async Task<MosaikSessionResult> ListenAsync(MosaikAddress address, Action<IPEndPoint>? onListening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var endPoint = await address.ResolveAsync(cancellationToken).ConfigureAwait(false);
        Socket accepted;
        using (var listener = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp))
        {
            listener.Bind(endPoint);
            listener.Listen(1);
            var bound = (IPEndPoint)listener.LocalEndPoint!;
            MosaikLog.Endpoint(_logger, "listening on", bound);
            onListening?.Invoke(bound);
            accepted = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
        }

        accepted.NoDelay = true;
        return await ServeAsync(accepted, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves one session over an already connected stream (the stream is closed at the end).</summary>
    public async Task<MosaikSessionResult> ServeAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var connection = new MosaikConnection(stream, _connectionOptions, _loggerFactory.CreateLogger<MosaikConnection>());
        await using (connection.ConfigureAwait(false))
        {
            using var endpoint = new MosaikSimulatorEndpoint(_providerFactory(), _endpointOptions, _loggerFactory.CreateLogger<MosaikSimulatorEndpoint>());
            return await connection.RunAsync(endpoint, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<MosaikSessionResult> ServeAsync(Socket socket, CancellationToken cancellationToken) =>
        ServeAsync(new NetworkStream(socket, ownsSocket: true), cancellationToken);
}
