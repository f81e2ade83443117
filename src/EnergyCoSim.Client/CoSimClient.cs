using EnergyCoSim.Contracts.V1;
using Grpc.Net.Client;

namespace EnergyCoSim.Client;

/// <summary>Entry point of the .NET client: opens sessions on an EnergyCoSim service over one channel.</summary>
public sealed class CoSimClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly bool _ownsChannel;

    /// <summary>Connects to <paramref name="address"/>, e.g. "http://127.0.0.1:50051".</summary>
    public CoSimClient(Uri address)
        : this(GrpcChannel.ForAddress(address), ownsChannel: true)
    {
    }

    /// <summary>Uses an existing channel (e.g. an in-process test server's); the caller keeps ownership.</summary>
    public CoSimClient(GrpcChannel channel)
        : this(channel, ownsChannel: false)
    {
    }

    private CoSimClient(GrpcChannel channel, bool ownsChannel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channel = channel;
        _ownsChannel = ownsChannel;
        Sessions = new SessionService.SessionServiceClient(channel);
    }

    /// <summary>The generated session client, for calls this wrapper does not cover.</summary>
    public SessionService.SessionServiceClient Sessions { get; }

    /// <summary>Creates a session from a shipped example's name, e.g. "case5-battery-coordination/mixed_battery".</summary>
    public Task<CoSimSession> OpenExampleAsync(string exampleName, ulong? seed = null, CancellationToken cancellationToken = default) =>
        OpenAsync(new CreateSessionRequest { ExampleName = exampleName, ClientName = "EnergyCoSim.Client" }, seed, cancellationToken);

    /// <summary>Creates a session from scenario text (YAML or JSON).</summary>
    public Task<CoSimSession> OpenScenarioAsync(string scenarioYaml, ulong? seed = null, CancellationToken cancellationToken = default) =>
        OpenAsync(new CreateSessionRequest { ScenarioYaml = scenarioYaml, ClientName = "EnergyCoSim.Client" }, seed, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsChannel)
        {
            _channel.Dispose();
        }
    }

    private async Task<CoSimSession> OpenAsync(CreateSessionRequest request, ulong? seed, CancellationToken cancellationToken)
    {
        if (seed is { } s)
        {
            request.Seed = s;
        }

        var response = await Sessions.CreateSessionAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new CoSimSession(Sessions, response);
    }
}
