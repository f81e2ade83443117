namespace EnergyCoSim.Market.Matching;

/// <summary>The results of an episode's intervals, in order.</summary>
public sealed class MatchingHistory
{
    private readonly List<MatchingResult> _results = [];

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

    /// <summary>Replaces the history with <paramref name="results"/> (rollback).</summary>
    public void Restore(IEnumerable<MatchingResult> results)
    {
        _results.Clear();
        _results.AddRange(results);
    }
}
