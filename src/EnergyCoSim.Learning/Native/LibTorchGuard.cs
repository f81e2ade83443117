using System.Runtime;

namespace EnergyCoSim.Learning.Native;

/// <summary>
/// Runs libtorch work with the garbage collector held off. TorchSharp 0.107 passes raw handles of temporary
/// <c>Scalar</c> and <c>Tensor</c> wrappers to native code without keeping the wrappers alive (e.g. <c>a + b</c> is
/// <c>add(b, 1)</c> with a fresh Scalar for the 1); a collection during the native call lets the finalizer thread free
/// the native object while libtorch reads it, which surfaces as "Unknown scalar type" or failed checks in
/// <c>Scalar::toDouble</c>. Inside a no-GC region nothing is collected, so no wrapper can be finalised mid-call.
/// </summary>
internal static class LibTorchGuard
{
    /// <summary>Managed allocation allowed inside one guarded call (all threads); far above one update's need.</summary>
    private const long BudgetBytes = 64L << 20;

    private static readonly Lock Gate = new();

    [ThreadStatic]
    private static int _depth;

    private static long _unguarded;
    private static long _startTicks;
    private static long _regions;

    /// <summary>Number of guarded calls whose no-GC region could not be kept (budget exceeded or unavailable).</summary>
    public static long Unguarded => Interlocked.Read(ref _unguarded);

    /// <summary>No-GC regions started so far.</summary>
    public static long Regions => Interlocked.Read(ref _regions);

    /// <summary>Total time spent starting regions (each start collects the heap), in seconds: the guard's cost.</summary>
    public static double StartSeconds => (double)Interlocked.Read(ref _startTicks) / System.Diagnostics.Stopwatch.Frequency;

    /// <summary>Runs <paramref name="body"/> under the guard (re-entrant; serialises libtorch work across threads).</summary>
    public static void Run(Action body)
    {
        lock (Gate)
        {
            if (_depth > 0)
            {
                body();
                return;
            }

            var started = Start();
            _depth++;
            try
            {
                body();
            }
            finally
            {
                _depth--;
                if (started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                {
                    GC.EndNoGCRegion();
                    // The collections that start later regions never reclaimed what this region allocated (the heap
                    // grew ~19 MB per PPO iteration, 3.3 GB over 200); one young-generation collection here returns it.
                    GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                }
                else
                {
                    Interlocked.Increment(ref _unguarded);
                }
            }
        }
    }

    /// <summary>As <see cref="Run(Action)"/>, returning the body's result.</summary>
    public static T Run<T>(Func<T> body)
    {
        T result = default!;
        Run(() => { result = body(); });
        return result;
    }

    private static bool Start()
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            Interlocked.Increment(ref _regions);
            return GC.TryStartNoGCRegion(BudgetBytes);
        }
        catch (InvalidOperationException)
        {
            // Another component of the process holds a no-GC region: run unguarded rather than fail.
            return false;
        }
        finally
        {
            Interlocked.Add(ref _startTicks, System.Diagnostics.Stopwatch.GetTimestamp() - t0);
        }
    }
}
