using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Mosaik.Simple;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Benchmarks.Mosaik;

/// <summary>
/// Cost per mosaik step (<c>step</c> + <c>get_data</c>) with the simple community model: over loopback TCP against a
/// minimal master (the round trip), through the endpoint alone with an in-memory stream (framing, JSON, dispatch,
/// aggregation, component), and the component alone (set inputs, step, get outputs), so the endpoint's own share is
/// EndpointInMemory − ComponentOnly. Run: <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- --filter *Mosaik*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 10)]
public class MosaikStepBenchmarks : IDisposable
{
    private const int Steps = 1000;
    private MosaikBenchmarkScript _script = null!;
    private TcpListener _listener = null!;
    private MosaikTcpHost _host = null!;

    [Params(7, 1000)]
    public int Prosumers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _script = MosaikBenchmarkScript.Simple(Prosumers);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _host = new MosaikTcpHost(() => new SimpleCommunityModelProvider(), MosaikEndpointOptions.Default, MosaikConnectionOptions.Default, NullLoggerFactory.Instance);
    }

    [GlobalCleanup]
    public void Cleanup() => _listener.Stop();

    public void Dispose()
    {
        _listener?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Steps)]
    public Task<long> LoopbackRoundTrip() => MosaikLoopbackMaster.RunAsync(_host, _listener, _script, Steps);

    [Benchmark(OperationsPerInvoke = Steps)]
    public async Task<long> EndpointInMemory()
    {
        var stream = new ScriptedMosaikStream(_script, Steps);
        await _host.ServeAsync(stream, CancellationToken.None);
        return stream.BytesWritten;
    }

    [Benchmark(OperationsPerInvoke = Steps)]
    public async Task<double> ComponentOnly()
    {
        var provider = new SimpleCommunityModelProvider();
        provider.Initialize(new MosaikInitContext("EnergyCoSim-0", TimeResolution.Second, new Dictionary<string, System.Text.Json.JsonElement>()));
        provider.Create(1, "Market", new Dictionary<string, System.Text.Json.JsonElement> { ["num_prosumers"] = System.Text.Json.JsonSerializer.SerializeToElement(Prosumers) });
        var binding = provider.Build();
        using var component = binding.Component;
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        component.EnterInitialization();
        component.ExitInitialization();
        var inRefs = new uint[Prosumers * 2];
        var inValues = new double[Prosumers * 2];
        var outRefs = new uint[(Prosumers * 6) + 4];
        var outValues = new double[outRefs.Length];
        var o = 0;
        for (var i = 0; i < Prosumers; i++)
        {
            inRefs[2 * i] = binding.GetVariable($"Prosumer_{i}", "pv_kw").Reference;
            inRefs[(2 * i) + 1] = binding.GetVariable($"Prosumer_{i}", "load_kw").Reference;
            inValues[2 * i] = 1.5 + (i % 4);
            inValues[(2 * i) + 1] = 1.25 + (0.5 * (i % 3));
            foreach (var a in new[] { "p_net_kw", "soc", "bought_kwh", "sold_kwh", "cash_usd", "clearing_price_usd_per_mwh" })
            {
                outRefs[o++] = binding.GetVariable($"Prosumer_{i}", a).Reference;
            }
        }

        foreach (var a in new[] { "clearing_price_usd_per_mwh", "p2p_kwh", "dso_bought_kwh", "dso_sold_kwh" })
        {
            outRefs[o++] = binding.GetVariable("Market_0", a).Reference;
        }

        var t = SimulationTime.Zero;
        for (var k = 0; k < Steps; k++)
        {
            component.SetReal(inRefs, inValues);
            await component.StepAsync(t, binding.StepSize, CancellationToken.None);
            t += binding.StepSize;
            component.GetReal(outRefs, outValues);
        }

        return outValues[0];
    }
}
