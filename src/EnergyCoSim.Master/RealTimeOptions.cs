using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Master;

/// <summary>Real-time pacing: simulated time T is due at wall time (T − start)·secondsPerTick / <see cref="RealTimeFactor"/>.</summary>
/// <param name="RealTimeFactor">Simulated seconds per wall-clock second (1 = real time, 10 = ten times faster), in (0, 1e6].</param>
/// <param name="Mode">Soft (count misses) or strict (a miss fails the run).</param>
/// <param name="MissTolerance">Lateness up to this much is not a miss (≥ 0).</param>
public sealed record RealTimeOptions(double RealTimeFactor = 1.0, RealTimeMode Mode = RealTimeMode.Soft, TimeSpan MissTolerance = default)
{
    internal void Validate(ViolationCollector v)
    {
        if (v.Finite("real_time_factor", RealTimeFactor))
        {
            v.Require(RealTimeFactor > 0 && RealTimeFactor <= 1e6, "real_time_factor", RealTimeFactor, "is outside (0, 1e6]");
        }

        v.Require(MissTolerance >= TimeSpan.Zero, "miss_tolerance", MissTolerance, "must be ≥ 0");
        v.Require(Enum.IsDefined(Mode), "mode", Mode, "must be Soft or Strict");
    }
}
