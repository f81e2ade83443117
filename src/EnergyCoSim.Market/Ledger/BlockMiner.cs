using System.Security.Cryptography;
using System.Text;

namespace EnergyCoSim.Market.Ledger;

/// <summary>
/// Proof-of-work search over one reusable buffer: the nonce digits are incremented in place as ASCII, the
/// nonce-independent suffix is encoded once, and SHA-256 is computed on spans without allocation.
/// </summary>
internal sealed class BlockMiner
{
    private const int MaxNonceDigits = 19;
    private static readonly byte[] PrefixBytes = Encoding.ASCII.GetBytes(CanonicalBlockWriter.Prefix);
    private byte[] _buffer = new byte[1024];
    private readonly bool _parallel;
    private uint[] _schedule = new uint[1024];

    /// <summary>Creates a miner; <paramref name="parallel"/> shares each search with one thread-pool helper.</summary>
    public BlockMiner(bool parallel = false) => _parallel = parallel && Environment.ProcessorCount > 1;

    /// <summary>The first nonce ≥ 0 whose hash has <paramref name="difficulty"/> leading hex zeros, and that hash.</summary>
    public (long Nonce, byte[] Hash) Mine(string suffix, int difficulty)
    {
        var suffixLength = Encoding.ASCII.GetByteCount(suffix);
        var needed = PrefixBytes.Length + MaxNonceDigits + suffixLength;
        if (_buffer.Length < needed)
        {
            _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
        }

        var buffer = _buffer;
        PrefixBytes.CopyTo(buffer, 0);
        var start = PrefixBytes.Length;
        var digits = 1;
        buffer[start] = (byte)'0';
        Encoding.ASCII.GetBytes(suffix, buffer.AsSpan(start + 1));
        var suffixBytes = buffer.AsSpan(start + 1, suffixLength).ToArray();
        Span<byte> hash = stackalloc byte[32];
        if (Sha256Lanes.IsSupported)
        {
            if (MineInLanes(buffer, start, suffixBytes, difficulty, hash) is { } found)
            {
                return (found, hash.ToArray());
            }

            buffer[start] = (byte)'0';
            suffixBytes.CopyTo(buffer, start + 1);
        }

        long nonce = 0;
        while (true)
        {
            SHA256.HashData(buffer.AsSpan(0, start + digits + suffixLength), hash);
            if (MeetsDifficulty(hash, difficulty))
            {
                return (nonce, hash.ToArray());
            }

            nonce++;
            var i = start + digits - 1;
            while (i >= start && buffer[i] == (byte)'9')
            {
                buffer[i] = (byte)'0';
                i--;
            }

            if (i >= start)
            {
                buffer[i]++;
            }
            else
            {
                // 9…9 rolled over: one more digit, and the suffix moves one byte right.
                buffer[start] = (byte)'1';
                buffer[start + digits] = (byte)'0';
                digits++;
                suffixBytes.CopyTo(buffer.AsSpan(start + digits));
            }
        }
    }

    /// <summary>
    /// The same search, 16 nonces per pass in ascending order, so the first nonce found is the scalar search's; null
    /// past 19 digits (left to the scalar loop) or if the lane digest ever disagreed with the library's SHA-256.
    /// </summary>
    private long? MineInLanes(byte[] buffer, int start, byte[] suffix, int difficulty, Span<byte> hash)
    {
        Span<byte> check = stackalloc byte[32];
        long low = 0, high = 10;
        for (var digits = 1; digits <= 18; digits++, low = high, high *= 10)
        {
            // The template holds the digit count's first nonce; the suffix moves one byte right per extra digit.
            var length = start + digits + suffix.Length;
            low.TryFormat(buffer.AsSpan(start, digits), out _, default, System.Globalization.CultureInfo.InvariantCulture);
            suffix.CopyTo(buffer, start + digits);
            var size = Sha256Lanes.CommonScheduleLength(length);
            if (_schedule.Length < size)
            {
                _schedule = new uint[Math.Max(size, _schedule.Length * 2)];
            }

            Sha256Lanes.CommonSchedule(buffer, length, _schedule.AsSpan(0, size));
            var search = new NonceRangeSearch(buffer, length, start, digits, low, high, _schedule, size, difficulty);
            var nonce = _parallel && search.Passes > 1 ? search.RunShared(hash) : search.RunAlone(hash);
            if (nonce >= 0)
            {
                nonce.TryFormat(buffer.AsSpan(start, digits), out _, default, System.Globalization.CultureInfo.InvariantCulture);
                SHA256.HashData(buffer.AsSpan(0, length), check);
                return check.SequenceEqual(hash) ? nonce : null;
            }
        }

        return null;
    }

    /// <summary>True when the hex form of <paramref name="hash"/> starts with <paramref name="difficulty"/> zeros.</summary>
    public static bool MeetsDifficulty(ReadOnlySpan<byte> hash, int difficulty)
    {
        var fullBytes = difficulty / 2;
        for (var i = 0; i < fullBytes; i++)
        {
            if (hash[i] != 0)
            {
                return false;
            }
        }

        return difficulty % 2 == 0 || hash[fullBytes] < 0x10;
    }
}
