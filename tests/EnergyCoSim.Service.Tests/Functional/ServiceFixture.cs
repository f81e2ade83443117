using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Service;
using EnergyCoSim.Service.Hosting;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>An in-process server (TestHost) with the real generated clients over it.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public GrpcChannel Channel { get; private set; } = null!;

    public SessionService.SessionServiceClient Sessions => new(Channel);

    public MarketService.MarketServiceClient Market => new(Channel);

    public EnvironmentService.EnvironmentServiceClient Environment => new(Channel);

    public LockstepService.LockstepServiceClient Lockstep => new(Channel);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ExamplesDirectory => Path.Combine(RepoRoot, "examples");

    public async Task InitializeAsync()
    {
        var builder = ServiceHost.CreateBuilder([], new ServiceOptions { MaxSessions = 24, ExamplesDirectory = ExamplesDirectory });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        _app = ServiceHost.MapServices(builder.Build());
        await _app.StartAsync();
        Channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = _app.GetTestServer().CreateHandler() });
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found above the test folder");
    }
}
