namespace EnergyCoSim.Core.Collections;

/// <summary>A position in a <see cref="RollbackList{T}"/>: its length and the stamp of its last item at the time it was taken.</summary>
/// <param name="Count">Items before the mark.</param>
/// <param name="LastStamp">Stamp of item <c>Count − 1</c> (0 when <paramref name="Count"/> is 0).</param>
public readonly record struct RollbackMark(int Count, long LastStamp);
