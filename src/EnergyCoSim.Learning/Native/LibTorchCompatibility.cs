using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using TorchSharp;

namespace EnergyCoSim.Learning.Native;

/// <summary>
/// Makes TorchSharp's native bridge load on Debian 12 (libstdc++ of GCC 12). TorchSharp 0.107's libLibTorchSharp.so
/// requires the symbol version GLIBCXX_3.4.32 only for <c>std::ios_base_library_init</c>, which GCC 13's &lt;iostream&gt;
/// references with a bare <c>.globl</c> (no relocation, never called). Marking that one version need weak
/// (VER_FLG_WEAK in .gnu.version_r of the application's own copy) lets the dynamic loader accept the older libstdc++;
/// libtorch itself needs only GLIBCXX_3.4.26. Systems whose libstdc++ has 3.4.32 are unaffected.
/// </summary>
internal static class LibTorchCompatibility
{
    private const string Version = "GLIBCXX_3.4.32";
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;
    private static readonly Lock Gate = new();
    private static bool _done;

    /// <summary>Patches the bridge library (once per process) and sets libtorch to one intra-op thread when asked.</summary>
    public static void EnsureLoadable()
    {
        lock (Gate)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            {
                return;
            }

            var baseDir = AppContext.BaseDirectory;
            foreach (var candidate in new[]
            {
                Path.Combine(baseDir, "runtimes", "linux-x64", "native", "libLibTorchSharp.so"),
                Path.Combine(baseDir, "libLibTorchSharp.so"),
                Path.Combine(baseDir, "cpu", "libLibTorchSharp.so"),
            })
            {
                TryPatch(candidate);
            }
        }

        // Touch libtorch only after the patch, so its first load sees the patched file.
        _ = torch.get_num_threads();
    }

    /// <summary>Sets the weak flag on the GLIBCXX_3.4.32 need of <paramref name="path"/>; returns true when the file changed.</summary>
    internal static bool TryPatch(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (!MarkWeak(bytes))
            {
                return false;
            }

            var temp = path + ".patching";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, true);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Sets the flag in an ELF64 little-endian image in memory; false when absent or already weak.</summary>
    internal static bool MarkWeak(Span<byte> elf)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
        {
            return false;
        }

        var shoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(elf[0x28..]);
        var shentsize = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3A..]);
        var shnum = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3C..]);
        for (var s = 0; s < shnum; s++)
        {
            var sh = elf.Slice((int)(shoff + (s * shentsize)), shentsize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(sh[4..]) != ShtGnuVerneed)
            {
                continue;
            }

            var offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(sh[0x18..]);
            var link = BinaryPrimitives.ReadUInt32LittleEndian(sh[0x28..]);
            var count = BinaryPrimitives.ReadUInt32LittleEndian(sh[0x2C..]);
            var strSh = elf.Slice((int)(shoff + (link * shentsize)), shentsize);
            var strOff = (long)BinaryPrimitives.ReadUInt64LittleEndian(strSh[0x18..]);
            var need = offset;
            for (var n = 0; n < count; n++)
            {
                var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(elf[(int)(need + 2)..]);
                var aux = need + BinaryPrimitives.ReadUInt32LittleEndian(elf[(int)(need + 8)..]);
                for (var a = 0; a < auxCount; a++)
                {
                    var nameOff = strOff + BinaryPrimitives.ReadUInt32LittleEndian(elf[(int)(aux + 8)..]);
                    if (NameAt(elf, nameOff) == Version)
                    {
                        var flags = elf.Slice((int)(aux + 4), 2);
                        var value = BinaryPrimitives.ReadUInt16LittleEndian(flags);
                        if ((value & VerFlagWeak) != 0)
                        {
                            return false;
                        }

                        BinaryPrimitives.WriteUInt16LittleEndian(flags, (ushort)(value | VerFlagWeak));
                        return true;
                    }

                    aux += BinaryPrimitives.ReadUInt32LittleEndian(elf[(int)(aux + 12)..]);
                }

                need += BinaryPrimitives.ReadUInt32LittleEndian(elf[(int)(need + 12)..]);
            }
        }

        return false;
    }

    private static string NameAt(ReadOnlySpan<byte> elf, long offset)
    {
        var slice = elf[(int)offset..];
        var end = slice.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? slice : slice[..end]);
    }
}
