using EnergyCoSim.Core.Collections;

namespace EnergyCoSim.Market.Matching;

/// <summary>The results of an episode's intervals, in order; append-only, rolled back by mark.</summary>
public sealed class MatchingHistory
{
    private readonly RollbackList<MatchingResult> _results = new("matching history");

    /// <summary>Number of results.</summary>
    public int Count => _results.Count;

    /// <summary>All results, oldest first.</summary>
    public IReadOnlyList<MatchingResult> Results => _results;

    /// <summary>The latest result, or null when empty.</summary>
    public MatchingResult? Latest => _results.Count == 0 ? null : _results[^1];

    /// <summary>The result at position <paramref name="index"/>.</summary>
    public MatchingResult this[int index] => _results[index];

    /// <summary>Appends a result.</summary>
    public void Add(MatchingResult result) => _results.Add(result);

    /// <summary>Removes every result.</summary>
    public void Reset() => _results.Clear();

    /// <summary>The current length, for <see cref="Restore"/>.</summary>
    public RollbackMark Mark() => _results.Mark();

    /// <summary>True when <see cref="Restore"/> accepts <paramref name="mark"/>.</summary>
    public bool CanRestore(RollbackMark mark) => _results.IsValid(mark);

    /// <summary>Cuts the history back to <paramref name="mark"/> (rollback).</summary>
    public void Restore(RollbackMark mark) => _results.RollBack(mark);
}
