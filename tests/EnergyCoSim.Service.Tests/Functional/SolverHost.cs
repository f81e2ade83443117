using EnergyCoSim.Contracts.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>Hosts a GridSolver service (by default a <see cref="TestGridSolver"/>) on a free loopback port, as an external solver process would.</summary>
public sealed class SolverHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SolverHost(WebApplication app, GridSolver.GridSolverBase service)
    {
        _app = app;
        Service = service;
    }

    /// <summary>The hosted service.</summary>
    public GridSolver.GridSolverBase Service { get; }

    /// <summary>The hosted service when it is the default <see cref="TestGridSolver"/>.</summary>
    public TestGridSolver Solver => (TestGridSolver)Service;

    public string Address => _app.Urls.First();

    /// <summary>Hosts a <see cref="TestGridSolver"/> answering after <paramref name="delay"/>, reporting <paramref name="branches"/> unloaded.</summary>
    public static Task<SolverHost> StartAsync(TimeSpan delay, IReadOnlyList<string>? branches = null) => StartAsync(new TestGridSolver(delay, branches));

    /// <summary>Hosts <paramref name="service"/>.</summary>
    public static async Task<SolverHost> StartAsync<T>(T service)
        where T : GridSolver.GridSolverBase
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(e => e.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(service);
        var app = builder.Build();
        app.MapGrpcService<T>();
        await app.StartAsync();
        return new SolverHost(app, service);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
