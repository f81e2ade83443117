using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace EnergyCoSim.Market.Ledger;

/// <summary>
/// SHA-256 of 16 nonces at once (AVX-512, one nonce per 32-bit lane) for the proof-of-work search. The nonce digits sit in
/// the first 64-byte chunk, so every later chunk is the same bytes for nonces of equal digit count: its message
/// schedule (K + W) is computed once, scalar, and broadcast, and only chunk 0 is expanded per lane.
/// </summary>
/// <remarks>
/// The hot methods skip tiered compilation: unoptimised (tier-0) code does not inline the round function, which makes
/// the first few hundred blocks of a process several times slower.
/// </remarks>
internal static class Sha256Lanes
{
    /// <summary>Nonces per pass.</summary>
    public const int Width = 16;

    /// <summary>True when the CPU runs the 16-lane search (AVX-512F); otherwise the miner hashes one nonce at a time.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    private static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static readonly uint[] Iv = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    /// <summary>
    /// Hashes nonces <paramref name="low"/> … <paramref name="high"/> − 1 in ascending order (all of
    /// <paramref name="digits"/> digits, written at <paramref name="at"/> of <paramref name="message"/>) and returns
    /// the first meeting <paramref name="difficulty"/> leading hex zeros, its digest in <paramref name="hash"/>, or −1.
    /// <paramref name="commonKw"/> is <see cref="CommonSchedule(byte[], int)"/> of the same message length.
    /// </summary>
    public static long SearchRange(byte[] message, int length, int at, int digits, long low, long high, ReadOnlySpan<uint> commonKw, int difficulty, Span<byte> hash) =>
        new NonceRangeSearch(message, length, at, digits, low, high, commonKw.ToArray(), commonKw.Length, difficulty).RunAlone(hash);

    /// <summary>Claims passes of <paramref name="search"/> until none is left or one hits (see <see cref="NonceRangeSearch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SearchPasses(NonceRangeSearch search)
    {
        // Scratch is allocated once per range: zeroing 5 KB of stack per pass cost a quarter of the search.
        Span<uint> w0 = stackalloc uint[16 * 16];
        Span<byte> chunk = stackalloc byte[64];
        Span<Vector512<uint>> w = stackalloc Vector512<uint>[64];
        Span<Vector512<uint>> s = stackalloc Vector512<uint>[8];
        Span<uint> words = stackalloc uint[3 * 16];
        Span<byte> hash = stackalloc byte[32];
        Pad(search.Message, search.Length, 0, chunk);
        var common = search.CommonKw.AsSpan(0, search.CommonLength);
        while (search.TryClaim(out var pass))
        {
            var first = search.Low + (pass * Width);
            var lanes = (int)Math.Min(Width, search.High - first);
            var lane = Pass(chunk, search.At, search.Digits, first, lanes, common, search.Difficulty, hash, w0, w, s, words);
            if (lane >= 0)
            {
                search.Found(pass, first + lane, hash);
                return;
            }
        }
    }

    /// <summary>One pass of 16 lanes from nonce <paramref name="first"/>; returns the first lane that meets the difficulty, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Pass(Span<byte> chunk, int at, int digits, long first, int lanes, ReadOnlySpan<uint> commonKw, int difficulty, Span<byte> hash, Span<uint> w0, Span<Vector512<uint>> w, Span<Vector512<uint>> s, Span<uint> words)
    {
        // Chunk 0 per lane (it holds the nonce); only the words under the digits differ between lanes, the others are
        // broadcast. The later chunks are the same bytes for every lane (commonKw).
        int firstWord = at / 4, lastWord = (at + digits - 1) / 4;
        for (var t = 0; t < 16; t++)
        {
            if (t < firstWord || t > lastWord)
            {
                w[t] = Vector512.Create(BinaryPrimitives.ReadUInt32BigEndian(chunk[(t * 4)..]));
            }
        }

        for (var lane = 0; lane < 16; lane++)
        {
            var n = first + Math.Min(lane, lanes - 1);
            for (var k = at + digits - 1; k >= at; k--)
            {
                chunk[k] = (byte)('0' + (n % 10));
                n /= 10;
            }

            for (var t = firstWord; t <= lastWord; t++)
            {
                w0[(t * 16) + lane] = BinaryPrimitives.ReadUInt32BigEndian(chunk[(t * 4)..]);
            }
        }

        for (var t = firstWord; t <= lastWord; t++)
        {
            w[t] = Vector512.Create<uint>(w0.Slice(t * 16, 16));
        }

        for (var t = 16; t < 64; t++)
        {
            w[t] = SmallSigma1(w[t - 2]) + w[t - 7] + SmallSigma0(w[t - 15]) + w[t - 16];
        }

        for (var i = 0; i < 8; i++)
        {
            s[i] = Vector512.Create(Iv[i]);
        }

        CompressLanes(s, w);
        var chunks = commonKw.Length / 64;
        for (var c = 0; c < chunks; c++)
        {
            CompressBroadcast(s, commonKw.Slice(c * 64, 64));
        }

        var h0 = words[..16];
        var h1 = words[16..32];
        var word = words[32..];
        s[0].CopyTo(h0);
        s[1].CopyTo(h1);
        for (var lane = 0; lane < lanes; lane++)
        {
            if (Meets(h0[lane], h1[lane], difficulty))
            {
                for (var i = 0; i < 8; i++)
                {
                    s[i].CopyTo(word);
                    BinaryPrimitives.WriteUInt32BigEndian(hash[(i * 4)..], word[lane]);
                }

                return lane;
            }
        }

        return -1;
    }

    /// <summary>K[t] + W[t] of every chunk after the first (scalar, once per block and digit count).</summary>
    public static uint[] CommonSchedule(byte[] message, int length)
    {
        var kw = new uint[CommonScheduleLength(length)];
        CommonSchedule(message, length, kw);
        return kw;
    }

    /// <summary>Values <see cref="CommonSchedule(byte[], int, Span{uint})"/> writes for a message of <paramref name="length"/> bytes.</summary>
    public static int CommonScheduleLength(int length) => (((length + 9 + 63) / 64) - 1) * 64;

    /// <summary>Writes K[t] + W[t] of every chunk after the first into <paramref name="kw"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CommonSchedule(byte[] message, int length, Span<uint> kw)
    {
        var chunks = (length + 9 + 63) / 64;
        Span<byte> chunk = stackalloc byte[64];
        Span<uint> w = stackalloc uint[64];
        for (var c = 1; c < chunks; c++)
        {
            Pad(message, length, c, chunk);
            for (var t = 0; t < 16; t++)
            {
                w[t] = BinaryPrimitives.ReadUInt32BigEndian(chunk[(t * 4)..]);
            }

            for (var t = 16; t < 64; t++)
            {
                var x = w[t - 15];
                var y = w[t - 2];
                w[t] = (uint.RotateRight(y, 17) ^ uint.RotateRight(y, 19) ^ (y >> 10)) + w[t - 7] + (uint.RotateRight(x, 7) ^ uint.RotateRight(x, 18) ^ (x >> 3)) + w[t - 16];
            }

            for (var t = 0; t < 64; t++)
            {
                kw[((c - 1) * 64) + t] = K[t] + w[t];
            }
        }
    }

    private static bool Meets(uint h0, uint h1, int difficulty) =>
        difficulty <= 8 ? difficulty == 0 || (h0 >> (32 - (4 * difficulty))) == 0
        : h0 == 0 && (difficulty >= 16 ? h1 == 0 : (h1 >> (32 - (4 * (difficulty - 8)))) == 0);

    /// <summary>Chunk <paramref name="index"/> of the padded message (0x80, zeros, 64-bit big-endian bit length).</summary>
    private static void Pad(byte[] message, int length, int index, Span<byte> chunk)
    {
        chunk.Clear();
        var start = index * 64;
        var n = Math.Clamp(length - start, 0, 64);
        if (n > 0)
        {
            message.AsSpan(start, n).CopyTo(chunk);
        }
        if (length >= start && length < start + 64)
        {
            chunk[length - start] = 0x80;
        }

        var total = (length + 9 + 63) / 64;
        if (index == total - 1)
        {
            BinaryPrimitives.WriteUInt64BigEndian(chunk[56..], (ulong)length * 8);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> SmallSigma0(Vector512<uint> x) =>
        Avx512F.TernaryLogic(Avx512F.RotateRight(x, 7), Avx512F.RotateRight(x, 18), Vector512.ShiftRightLogical(x, 3), 0x96);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> SmallSigma1(Vector512<uint> x) =>
        Avx512F.TernaryLogic(Avx512F.RotateRight(x, 17), Avx512F.RotateRight(x, 19), Vector512.ShiftRightLogical(x, 10), 0x96);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CompressLanes(Span<Vector512<uint>> s, ReadOnlySpan<Vector512<uint>> w)
    {
        Vector512<uint> a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
        for (var t = 0; t < 64; t++)
        {
            Round(ref a, ref b, ref c, ref d, ref e, ref f, ref g, ref h, w[t] + Vector512.Create(K[t]));
        }

        Add(s, a, b, c, d, e, f, g, h);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CompressBroadcast(Span<Vector512<uint>> s, ReadOnlySpan<uint> kw)
    {
        Vector512<uint> a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
        for (var t = 0; t < 64; t++)
        {
            Round(ref a, ref b, ref c, ref d, ref e, ref f, ref g, ref h, Vector512.Create(kw[t]));
        }

        Add(s, a, b, c, d, e, f, g, h);
    }

    private static void Add(Span<Vector512<uint>> s, Vector512<uint> a, Vector512<uint> b, Vector512<uint> c, Vector512<uint> d, Vector512<uint> e, Vector512<uint> f, Vector512<uint> g, Vector512<uint> h)
    {
        s[0] += a;
        s[1] += b;
        s[2] += c;
        s[3] += d;
        s[4] += e;
        s[5] += f;
        s[6] += g;
        s[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref Vector512<uint> a, ref Vector512<uint> b, ref Vector512<uint> c, ref Vector512<uint> d, ref Vector512<uint> e, ref Vector512<uint> f, ref Vector512<uint> g, ref Vector512<uint> h, Vector512<uint> kw)
    {
        var s1 = Avx512F.TernaryLogic(Avx512F.RotateRight(e, 6), Avx512F.RotateRight(e, 11), Avx512F.RotateRight(e, 25), 0x96);
        var ch = Avx512F.TernaryLogic(e, f, g, 0xCA);
        var t1 = h + s1 + ch + kw;
        var s0 = Avx512F.TernaryLogic(Avx512F.RotateRight(a, 2), Avx512F.RotateRight(a, 13), Avx512F.RotateRight(a, 22), 0x96);
        var maj = Avx512F.TernaryLogic(a, b, c, 0xE8);
        (h, g, f, e, d, c, b, a) = (g, f, e, d + t1, c, b, a, t1 + s0 + maj);
    }
}
