using BenchmarkDotNet.Attributes;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Service;
using EnergyCoSim.Service.Hosting;
using EnergyCoSim.Service.Sessions;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Benchmarks.Service;

/// <summary>
/// Round trip of one 7-agent case-5 market step over loopback HTTP/2 (a real Kestrel server, the generated
/// client), and the throughput of 16 sessions stepped in parallel. The episode is re-initialised every 24 steps,
/// inside the measurement, so the figure is the amortised cost a client pays per step.
/// Anchors: HELICS TCP core ~0.24 ms per exchange; a mosaik remote simulator ~0.5 ms per tick.
/// The "LedgerOff" variants run the same scenario with <c>market.ledger: false</c>: the hash chain's proof of work
/// (difficulty 2, ≈ 256 SHA-256 of a ~1 KB block per 5 trades) is most of a step's cost.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ServiceRoundTripBenchmarks : IDisposable
{
    private const string Example = "case5-battery-coordination/mixed_battery";
    private WebApplication _app = null!;
    private GrpcChannel _channel = null!;
    private SessionService.SessionServiceClient _client = null!;
    private string[] _sessions = [];
    private SessionRegistry _registry = null!;
    private Session _local = null!;
    private Session _localLedgerOff = null!;
    private string _ledgerOff = string.Empty;
    private string _lockstepSession = string.Empty;
    private Grpc.Core.AsyncDuplexStreamingCall<LockstepInput, LockstepOutput>? _lockstep;
    private int _lockstepStep;

    [GlobalSetup]
    public async Task Setup()
    {
        var examples = Path.Combine(FindRepoRoot(), "examples");
        var builder = ServiceHost.CreateBuilder([], new ServiceOptions { ExamplesDirectory = examples }, "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = ServiceHost.MapServices(builder.Build());
        await _app.StartAsync();
        _channel = GrpcChannel.ForAddress(_app.Urls.First());
        _client = new SessionService.SessionServiceClient(_channel);
        _registry = new SessionRegistry(Microsoft.Extensions.Options.Options.Create(new ServiceOptions { ExamplesDirectory = examples }), Microsoft.Extensions.Logging.Abstractions.NullLogger<SessionRegistry>.Instance);
        _local = _registry.Create(null, Example, null, "benchmark");
        _local.Initialize(0);
        var yaml = File.ReadAllText(Path.Combine(examples, Example + ".yaml"));
        yaml = yaml.Replace("  blockchain_difficulty: 2\n", "  blockchain_difficulty: 2\n  ledger: false\n", StringComparison.Ordinal);
        _localLedgerOff = _registry.Create(yaml, null, null, "benchmark");
        _localLedgerOff.Initialize(0);
        _ledgerOff = (await _client.CreateSessionAsync(new CreateSessionRequest { ScenarioYaml = yaml })).SessionId;
        await _client.InitializeAsync(new InitializeRequest { SessionId = _ledgerOff });
        _lockstepSession = (await _client.CreateSessionAsync(new CreateSessionRequest { ExampleName = Example })).SessionId;
        await _client.InitializeAsync(new InitializeRequest { SessionId = _lockstepSession });
        _sessions = new string[16];
        for (var i = 0; i < _sessions.Length; i++)
        {
            _sessions[i] = (await _client.CreateSessionAsync(new CreateSessionRequest { ExampleName = Example })).SessionId;
            await _client.InitializeAsync(new InitializeRequest { SessionId = _sessions[i] });
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_lockstep is not null)
        {
            await _lockstep.RequestStream.CompleteAsync();
            _lockstep.Dispose();
        }

        _channel.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>The same step without transport: the session called in-process (the market's own cost).</summary>
    [Benchmark]
    public int InProcessStep()
    {
        var result = _local.Step(null, CancellationToken.None);
        if (result.Done)
        {
            _local.Initialize(0);
        }

        return result.Step;
    }

    /// <summary>The in-process step with the ledger off.</summary>
    [Benchmark]
    public int InProcessStepLedgerOff()
    {
        var result = _localLedgerOff.Step(null, CancellationToken.None);
        if (result.Done)
        {
            _localLedgerOff.Initialize(0);
        }

        return result.Step;
    }

    /// <summary>The round trip with the ledger off.</summary>
    [Benchmark]
    public async Task<int> StepRoundTripLedgerOff()
    {
        var response = await _client.StepAsync(new StepRequest { SessionId = _ledgerOff });
        if (response.Done)
        {
            await _client.InitializeAsync(new InitializeRequest { SessionId = _ledgerOff });
        }

        return response.Step;
    }

    /// <summary>One market step of one session: request, 7 agents decide, clear, settle, response.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> StepRoundTrip() => StepAsync(0);

    /// <summary>
    /// One step through the lockstep exchange (one message each way on an open bidirectional stream, no per-call
    /// HTTP/2 stream set-up); a new stream per episode, opened inside the measurement.
    /// </summary>
    [Benchmark]
    public async Task<int> LockstepRoundTrip()
    {
        if (_lockstep is null)
        {
            await _client.InitializeAsync(new InitializeRequest { SessionId = _lockstepSession });
            _lockstep = new LockstepService.LockstepServiceClient(_channel).Exchange();
            _lockstepStep = 0;
        }

        await _lockstep.RequestStream.WriteAsync(new LockstepInput { SessionId = _lockstepSession, Step = _lockstepStep });
        if (!await _lockstep.ResponseStream.MoveNext(CancellationToken.None))
        {
            throw new InvalidOperationException("the lockstep stream ended early");
        }

        var output = _lockstep.ResponseStream.Current;
        _lockstepStep++;
        if (output.Done)
        {
            await _lockstep.RequestStream.CompleteAsync();
            while (await _lockstep.ResponseStream.MoveNext(CancellationToken.None))
            {
            }

            _lockstep.Dispose();
            _lockstep = null;
        }

        return output.Step;
    }

    /// <summary>Transport alone: a GetVariables of one value, no market work (gRPC + HTTP/2 loopback + session lock).</summary>
    [Benchmark]
    public async Task<double> GetVariableRoundTrip()
    {
        var response = await _client.GetVariablesAsync(new GetVariablesRequest { SessionId = _sessions[0], Names = { "clearing_price" } });
        return response.Values[0];
    }

    /// <summary>16 sessions each stepped once, concurrently; time per step = mean / 16.</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public async Task<int> SixteenParallelSessions()
    {
        var tasks = new Task<int>[16];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = StepAsync(i);
        }

        var results = await Task.WhenAll(tasks);
        return results.Sum();
    }

    public void Dispose()
    {
        _registry?.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<int> StepAsync(int i)
    {
        var response = await _client.StepAsync(new StepRequest { SessionId = _sessions[i] });
        if (response.Done)
        {
            await _client.InitializeAsync(new InitializeRequest { SessionId = _sessions[i] });
        }

        return response.Step;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found");
    }
}
