using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Service.Hosting;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class HostingTests
{
    [Fact]
    public async Task CreateSession_BeyondMaxSessions_IsResourceExhausted()
    {
        await using var app = await StartAsync(new ServiceOptions { MaxSessions = 2, ExamplesDirectory = ServiceFixture.ExamplesDirectory });
        using var channel = Channel(app);
        var client = new SessionService.SessionServiceClient(channel);
        var request = new CreateSessionRequest { ExampleName = ReferenceRun.Case5 };
        var first = await client.CreateSessionAsync(request);
        await client.CreateSessionAsync(request);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.CreateSessionAsync(request));
        await client.CloseSessionAsync(new CloseSessionRequest { SessionId = first.SessionId });
        var again = await client.CreateSessionAsync(request);

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.NotEqual(first.SessionId, again.SessionId);
    }

    [Fact]
    public async Task HealthCheck_Started_IsServing()
    {
        await using var app = await StartAsync(new ServiceOptions { ExamplesDirectory = ServiceFixture.ExamplesDirectory });
        using var channel = Channel(app);

        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest { Service = "energycosim.v1.SessionService" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public void CreateBuilder_InvalidOptions_ThrowsWithEveryViolation()
    {
        var ex = Assert.Throws<Core.Errors.ValidationException>(() => ServiceHost.CreateBuilder([], new ServiceOptions { MaxSessions = 0, RequestCacheSize = 0 }));

        Assert.Equal(["max_sessions", "request_cache_size"], ex.Violations.Select(v => v.Field));
    }

    private static async Task<WebApplication> StartAsync(ServiceOptions options)
    {
        var builder = ServiceHost.CreateBuilder([], options);
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = ServiceHost.MapServices(builder.Build());
        await app.StartAsync();
        return app;
    }

    private static GrpcChannel Channel(WebApplication app) =>
        GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
}
