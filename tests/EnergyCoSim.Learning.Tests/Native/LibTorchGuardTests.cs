using System.Runtime;
using EnergyCoSim.Learning.Native;

namespace EnergyCoSim.Learning.Tests.Native;

public class LibTorchGuardTests
{
    [Fact]
    public void Run_AllocatingBody_NoCollectionHappensInside()
    {
        var collections = -1;
        var mode = GCLatencyMode.Batch;
        var unguarded = LibTorchGuard.Unguarded;
        LibTorchGuard.Run(() =>
        {
            var before = GC.CollectionCount(0);
            // 8 MB of short-lived garbage: outside a no-GC region this triggers several gen-0 collections.
            for (var i = 0; i < 8_000; i++)
            {
                GC.KeepAlive(new byte[1_000]);
            }

            collections = GC.CollectionCount(0) - before;
            mode = GCSettings.LatencyMode;
        });

        Assert.Equal(0, collections);
        Assert.Equal(GCLatencyMode.NoGCRegion, mode);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(unguarded, LibTorchGuard.Unguarded);
    }

    [Fact]
    public void Run_NestedAndThrowing_EndsTheRegionOnce()
    {
        var inner = GCLatencyMode.Batch;
        Assert.Throws<InvalidOperationException>(() => LibTorchGuard.Run(() =>
        {
            inner = LibTorchGuard.Run(() => GCSettings.LatencyMode);
            throw new InvalidOperationException("body failed");
        }));

        Assert.Equal(GCLatencyMode.NoGCRegion, inner);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
