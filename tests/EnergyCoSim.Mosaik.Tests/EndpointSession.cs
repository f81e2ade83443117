using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Hosting;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Mosaik.Simple;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>An endpoint serving the simple model, connected to a <see cref="TestMaster"/> over loopback TCP.</summary>
internal sealed class EndpointSession : IAsyncDisposable
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly CancellationTokenSource _cts;

    private EndpointSession(TestMaster master, Task<MosaikSessionResult> session, ListLoggerProvider logs, ILoggerFactory loggerFactory, CancellationTokenSource cts)
    {
        _cts = cts;
        Master = master;
        Session = session;
        Logs = logs;
        _loggerFactory = loggerFactory;
    }

    public TestMaster Master { get; }

    public Task<MosaikSessionResult> Session { get; }

    public ListLoggerProvider Logs { get; }

    public static async Task<EndpointSession> StartAsync(int maxFrameBytes = 64 * 1024 * 1024)
    {
        var logs = new ListLoggerProvider();
        var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var (listener, address) = TestMaster.Listen();
        try
        {
            var host = new MosaikTcpHost(() => new SimpleCommunityModelProvider(), MosaikEndpointOptions.Default, new MosaikConnectionOptions(maxFrameBytes), loggerFactory);
            // Bounds the session: a hung endpoint ends as Cancelled instead of blocking the test run.
            var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var session = host.ConnectAsync(MosaikAddress.Parse(address), cts.Token);
            var master = await TestMaster.AcceptAsync(listener);
            return new EndpointSession(master, session, logs, loggerFactory, cts);
        }
        finally
        {
            listener.Stop();
        }
    }

    public async Task<MosaikSessionResult> EndAsync() => await Session.WaitAsync(TimeSpan.FromSeconds(20));

    public async ValueTask DisposeAsync()
    {
        await Master.DisposeAsync();
        try
        {
            await Session.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            _loggerFactory.Dispose();
            _cts.Dispose();
        }
    }
}
