namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>Limits of one mosaik connection, validated at construction.</summary>
public sealed record MosaikConnectionOptions
{
    /// <summary>Creates options; <paramref name="maxFrameBytes"/> bounds a single message (default 64 MiB).</summary>
    public MosaikConnectionOptions(int maxFrameBytes = 64 * 1024 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrameBytes, 1024);
        MaxFrameBytes = maxFrameBytes;
    }

    /// <summary>Largest accepted frame payload in bytes.</summary>
    public int MaxFrameBytes { get; }

    /// <summary>The default limits.</summary>
    public static MosaikConnectionOptions Default { get; } = new();
}
