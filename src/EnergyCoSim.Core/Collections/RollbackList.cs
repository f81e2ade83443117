using System.Collections;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Collections;

/// <summary>
/// A list that grows only at its end and can be cut back to an earlier <see cref="RollbackMark"/>: a snapshot of it
/// costs O(1) instead of a copy, so rolling back every step of a long episode stays linear.
/// </summary>
/// <remarks>
/// Every item gets a process-wide unique stamp. A mark is still valid while its last item is the one that was there
/// when it was taken; cutting below it and appending again replaces that item (new stamp), so a mark of an abandoned
/// branch, of another list or of a list cleared since is refused instead of silently restoring other items.
/// </remarks>
/// <typeparam name="T">Item type; items should be immutable, they are shared, not copied.</typeparam>
public sealed class RollbackList<T> : IReadOnlyList<T>
{
    private static long s_lastStamp;
    private readonly List<T> _items = [];
    private readonly List<long> _stamps = [];

    /// <summary>Creates the list with a name used in error messages.</summary>
    public RollbackList(string name = "list") => Name = name;

    /// <summary>Name used in error messages.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>Appends an item.</summary>
    public void Add(T item)
    {
        _items.Add(item);
        _stamps.Add(Interlocked.Increment(ref s_lastStamp));
    }

    /// <summary>Removes every item; marks taken before are no longer valid (except the empty one).</summary>
    public void Clear()
    {
        _items.Clear();
        _stamps.Clear();
    }

    /// <summary>The current position, to pass to <see cref="RollBack"/> later.</summary>
    public RollbackMark Mark() => new(_items.Count, _items.Count == 0 ? 0 : _stamps[^1]);

    /// <summary>True when <paramref name="mark"/> was taken on this list and its items up to it are unchanged since.</summary>
    public bool IsValid(RollbackMark mark) =>
        mark.Count == 0 || (mark.Count <= _items.Count && _stamps[mark.Count - 1] == mark.LastStamp);

    /// <summary>Cuts the list back to <paramref name="mark"/> (items after it are dropped).</summary>
    /// <exception cref="InvalidStateException">The mark is not valid on this list any more (see <see cref="IsValid"/>).</exception>
    public void RollBack(RollbackMark mark)
    {
        if (!IsValid(mark))
        {
            throw new InvalidStateException(
                Name,
                "roll back",
                $"{_items.Count} items, of which the first {mark.Count} are not the ones marked",
                "marks taken on this list since its last clear, on the current branch (roll back to newer marks before older ones)");
        }

        _items.RemoveRange(mark.Count, _items.Count - mark.Count);
        _stamps.RemoveRange(mark.Count, _stamps.Count - mark.Count);
    }

    /// <summary>The items up to <paramref name="mark"/> (valid on this list).</summary>
    /// <exception cref="InvalidStateException">The mark is not valid on this list any more.</exception>
    public IReadOnlyList<T> Prefix(RollbackMark mark)
    {
        if (!IsValid(mark))
        {
            throw new InvalidStateException(Name, "read prefix", $"{_items.Count} items, of which the first {mark.Count} are not the ones marked", "marks taken on this list since its last clear");
        }

        return _items.GetRange(0, mark.Count);
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
