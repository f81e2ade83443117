using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Unit;

/// <summary>The least ServerCallContext the interceptor reads: method name, deadline and cancellation.</summary>
internal sealed class FakeServerCallContext(DateTime deadline, CancellationToken cancellationToken = default) : ServerCallContext
{
    protected override string MethodCore => "/energycosim.v1.SessionService/Step";

    protected override string HostCore => "localhost";

    protected override string PeerCore => "ipv4:127.0.0.1:1";

    protected override DateTime DeadlineCore => deadline;

    protected override Metadata RequestHeadersCore { get; } = [];

    protected override CancellationToken CancellationTokenCore => cancellationToken;

    protected override Metadata ResponseTrailersCore { get; } = [];

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override AuthContext AuthContextCore { get; } = new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
