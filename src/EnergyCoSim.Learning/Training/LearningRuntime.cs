using EnergyCoSim.Learning.Native;
using TorchSharp;

namespace EnergyCoSim.Learning.Training;

/// <summary>Prepares libtorch before first use; the trainers call it themselves, hosts call it to set the thread count.</summary>
public static class LearningRuntime
{
    /// <summary>Makes libtorch loadable on this machine and, when <paramref name="intraOpThreads"/> &gt; 0, sets its thread count (1 = reproducible).</summary>
    public static void Initialize(int intraOpThreads = 0)
    {
        LibTorchCompatibility.EnsureLoadable();
        if (intraOpThreads > 0)
        {
            torch.set_num_threads(intraOpThreads);
        }
    }
}
