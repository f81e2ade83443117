using System.Diagnostics.CodeAnalysis;

namespace EnergyCoSim.Service.Sessions;

/// <summary>The last N step results by request id, oldest evicted first, so a retried step is answered, not re-applied.</summary>
internal sealed class RequestCache(int capacity)
{
    private readonly Dictionary<string, SessionStepResult> _byId = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool TryGet(string? requestId, [NotNullWhen(true)] out SessionStepResult? result)
    {
        result = null;
        return !string.IsNullOrEmpty(requestId) && _byId.TryGetValue(requestId, out result);
    }

    public void Add(string? requestId, SessionStepResult result)
    {
        if (string.IsNullOrEmpty(requestId) || !_byId.TryAdd(requestId, result))
        {
            return;
        }

        _order.Enqueue(requestId);
        while (_order.Count > capacity)
        {
            _byId.Remove(_order.Dequeue());
        }
    }

    public void Clear()
    {
        _byId.Clear();
        _order.Clear();
    }
}
