using EnergyCoSim.Service.Errors;
using EnergyCoSim.Service.Services;
using EnergyCoSim.Service.Sessions;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnergyCoSim.Service.Hosting;

/// <summary>Builds the gRPC service host; the CLI's <c>serve</c> and the functional tests both use it.</summary>
public static class ServiceHost
{
    /// <summary>The default address: loopback only, so nothing is exposed unless asked for.</summary>
    public const string DefaultUrls = "http://127.0.0.1:50051";

    /// <summary>A builder with every service registered, listening on <paramref name="urls"/> (default loopback only).</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, ServiceOptions? options = null, string? urls = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls(urls ?? DefaultUrls);
        // gRPC over plain HTTP needs HTTP/2 without TLS negotiation.
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(e => e.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http2));
        var resolved = options ?? builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions();
        resolved.Validate();
        builder.Services.AddSingleton(Options.Create(resolved));
        builder.Services.AddSingleton<SessionRegistry>();
        builder.Services.AddSingleton<ErrorMappingInterceptor>();
        builder.Services.AddGrpc(o => o.Interceptors.Add<ErrorMappingInterceptor>());
        builder.Services.AddGrpcReflection();
        builder.Services.AddSingleton<HealthServiceImpl>();
        return builder;
    }

    /// <summary>Maps every service onto <paramref name="app"/> and marks them serving.</summary>
    public static WebApplication MapServices(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcService<SessionGrpcService>();
        app.MapGrpcService<MarketGrpcService>();
        app.MapGrpcService<EnvironmentGrpcService>();
        app.MapGrpcService<LockstepGrpcService>();
        app.MapGrpcService<HealthServiceImpl>();
        app.MapGrpcReflectionService();
        var health = app.Services.GetRequiredService<HealthServiceImpl>();
        health.SetStatus(string.Empty, Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        health.SetStatus("energycosim.v1.SessionService", Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        return app;
    }
}
