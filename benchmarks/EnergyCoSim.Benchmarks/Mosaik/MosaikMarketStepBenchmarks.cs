using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EnergyCoSim.Benchmarks.Simulation;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Market;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Benchmarks.Mosaik;

/// <summary>
/// Cost per mosaik step (<c>step</c> + <c>get_data</c>) with the market model (every agent fed PV and load, read for
/// meter power, SoC, energy, cash and price): over loopback TCP against a minimal master, through the endpoint alone
/// with an in-memory stream, and the market component alone (set inputs, clear the interval, get outputs), so the
/// endpoint's own share is EndpointInMemory − ComponentOnly. Each operation is one session of <see cref="Steps"/>
/// hourly intervals (init, which loads and compiles the scenario, included in all three).
/// Run: <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- --filter *MosaikMarket*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class MosaikMarketStepBenchmarks : IDisposable
{
    private const int Steps = 96;
    private MosaikBenchmarkScript _script = null!;
    private TcpListener _listener = null!;
    private MosaikTcpHost _host = null!;
    private string _scenarioPath = "";
    private string[] _agentIds = [];

    [Params(7, 1000)]
    public int Prosumers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The environment benchmark's scenario (ring grid, batteries everywhere, ledger off), run for Steps intervals.
        var text = EnvironmentStepBenchmarks.Scenario(Prosumers, "ring").Replace("max_steps: 24", $"max_steps: {Steps}", StringComparison.Ordinal);
        _scenarioPath = Path.Combine(Path.GetTempPath(), $"energycosim-mosaik-bench-{Environment.ProcessId}-{Prosumers}.yaml");
        File.WriteAllText(_scenarioPath, text);
        _agentIds = ScenarioCompiler.Compile(ScenarioLoader.Load(_scenarioPath)).Agents.Select(a => a.Spec.Id).ToArray();
        _script = MosaikBenchmarkScript.Market(_scenarioPath, _agentIds);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _host = new MosaikTcpHost(() => new MarketModelProvider(MarketModelOptions.Default), MosaikEndpointOptions.Default, MosaikConnectionOptions.Default, NullLoggerFactory.Instance);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener.Stop();
        File.Delete(_scenarioPath);
    }

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
        var provider = new MarketModelProvider(MarketModelOptions.Default);
        provider.Initialize(new MosaikInitContext("EnergyCoSim-0", TimeResolution.Second, new Dictionary<string, JsonElement> { ["scenario"] = JsonSerializer.SerializeToElement(_scenarioPath) }));
        provider.Create(1, "Market", new Dictionary<string, JsonElement>());
        var binding = provider.Build();
        using var component = binding.Component;
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        component.EnterInitialization();
        component.ExitInitialization();
        var n = _agentIds.Length;
        var inRefs = new uint[n * 2];
        var inValues = new double[n * 2];
        var outRefs = new List<uint>();
        for (var i = 0; i < n; i++)
        {
            inRefs[2 * i] = binding.GetVariable(_agentIds[i], "generation_kw").Reference;
            inRefs[(2 * i) + 1] = binding.GetVariable(_agentIds[i], "demand_kw").Reference;
            inValues[2 * i] = 15 + (i % 4);
            inValues[(2 * i) + 1] = 12.5 + (5 * (i % 3));
            foreach (var a in new[] { "p_kw", "soc", "bought_kwh", "sold_kwh", "cash_usd", "clearing_price_usd_per_mwh" })
            {
                outRefs.Add(binding.GetVariable(_agentIds[i], a).Reference);
            }
        }

        foreach (var a in new[] { "clearing_price_usd_per_mwh", "p2p_volume_kwh", "dso_buy_kwh", "dso_sell_kwh" })
        {
            outRefs.Add(binding.GetVariable("Market", a).Reference);
        }

        var refs = outRefs.ToArray();
        var outValues = new double[refs.Length];
        var t = SimulationTime.Zero;
        for (var k = 0; k < Steps; k++)
        {
            component.SetReal(inRefs, inValues);
            await component.StepAsync(t, binding.StepSize, CancellationToken.None);
            t += binding.StepSize;
            component.GetReal(refs, outValues);
        }

        return outValues[0];
    }
}
