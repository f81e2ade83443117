using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>Hosts a <see cref="TestGridSolver"/> on a free loopback port, as an external solver process would.</summary>
public sealed class SolverHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SolverHost(WebApplication app, TestGridSolver solver)
    {
        _app = app;
        Solver = solver;
    }

    public TestGridSolver Solver { get; }

    public string Address => _app.Urls.First();

    public static async Task<SolverHost> StartAsync(TimeSpan delay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(e => e.Protocols = HttpProtocols.Http2));
        builder.Logging.ClearProviders();
        var solver = new TestGridSolver(delay);
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(solver);
        var app = builder.Build();
        app.MapGrpcService<TestGridSolver>();
        await app.StartAsync();
        return new SolverHost(app, solver);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
