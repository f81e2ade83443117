using System.Text;

namespace EnergyCoSim.Core.Random;

/// <summary>
/// Derives independent, reproducible streams from one scenario seed: one per (seed, purpose, agent id).
/// The derivation hashes the UTF-8 bytes of purpose and id (FNV-1a 64) and mixes them with the seed, so
/// adding an agent or a purpose never shifts another stream's draws.
/// </summary>
public sealed class RandomStreams
{
    /// <summary>Creates the stream family of <paramref name="seed"/>.</summary>
    public RandomStreams(ulong seed) => Seed = seed;

    /// <summary>The scenario seed.</summary>
    public ulong Seed { get; }

    /// <summary>The stream for <paramref name="purpose"/> (e.g. "profiles") and optional <paramref name="agentId"/>.</summary>
    public RandomStream For(string purpose, string? agentId = null) => new(DeriveSeed(Seed, purpose, agentId));

    /// <summary>The stream for <paramref name="purpose"/>, <paramref name="agentId"/> and an integer index (e.g. the episode).</summary>
    public RandomStream For(string purpose, string? agentId, long index) =>
        new(DeriveSeed(Seed, purpose, agentId) ^ Mix((ulong)index + 0x632BE59BD9B4E019UL));

    /// <summary>The 64-bit seed that <see cref="For(string, string?)"/> uses; stable across versions.</summary>
    public static ulong DeriveSeed(ulong seed, string purpose, string? agentId)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var h = Fnv1a(purpose, 0xCBF29CE484222325UL);
        h = Fnv1a("\u001f", h);
        h = Fnv1a(agentId ?? "\u0000", h);
        var x = seed ^ 0xD1B54A32D192ED03UL;
        var s = RandomStream.SplitMix64(ref x);
        return Mix(s ^ h);
    }

    private static ulong Mix(ulong value)
    {
        var x = value;
        return RandomStream.SplitMix64(ref x);
    }

    private static ulong Fnv1a(string text, ulong hash)
    {
        Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(Math.Min(text.Length, 256))];
        var bytes = text.Length <= 256 ? buffer[..Encoding.UTF8.GetBytes(text, buffer)] : Encoding.UTF8.GetBytes(text);
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= 0x100000001B3UL;
        }

        return hash;
    }
}
