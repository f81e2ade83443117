namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>The peer answered one of our requests with a failure reply.</summary>
public sealed class MosaikRemoteException : Exception
{
    /// <summary>Creates the exception from the failure reply's strings.</summary>
    public MosaikRemoteException(string method, IReadOnlyList<string> parts)
        : base($"mosaik answered '{method}' with a failure: {string.Join(": ", parts)}")
    {
        Method = method;
        Parts = parts;
    }

    /// <summary>The request that failed.</summary>
    public string Method { get; }

    /// <summary>The failure reply content (exception type, message, details).</summary>
    public IReadOnlyList<string> Parts { get; }
}
