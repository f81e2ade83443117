using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>
/// Unpacks .fmu archives into a per-user temp root, one directory per content hash and process
/// (<c>&lt;sha256&gt;.&lt;pid&gt;</c>), so FMUs of equal file name never collide and equal content is unpacked once.
/// Directories are reference-counted and deleted when the last user releases them; leftovers of dead processes are swept.
/// </summary>
internal static class FmuArchive
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> References = new(StringComparer.Ordinal);
    private static bool _swept;

    /// <summary>The per-user root of unpacked FMUs.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "energycosim-fmu-" + SafeUserName());

    /// <summary>Unpacks <paramref name="fmuPath"/> (or reuses its directory) and returns that directory.</summary>
    public static string Acquire(string fmuPath)
    {
        var hash = HashOf(fmuPath);
        var dir = Path.Combine(Root, hash + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        lock (Gate)
        {
            SweepOnce();
            if (References.TryGetValue(dir, out var count))
            {
                References[dir] = count + 1;
                return dir;
            }

            var staging = dir + ".tmp";
            TryDelete(staging);
            TryDelete(dir);
            try
            {
                // Overwrite: some exporters write an entry twice (seen in the Reference-FMUs' Roberts.fmu); the last one wins.
                ZipFile.ExtractToDirectory(fmuPath, staging, overwriteFiles: true);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                TryDelete(staging);
                throw ModelDescriptionReader.Invalid(fmuPath, "archive", null, $"is not a readable zip archive ({ex.Message})");
            }

            Directory.Move(staging, dir);
            References[dir] = 1;
            return dir;
        }
    }

    /// <summary>Releases one use of <paramref name="dir"/>; deletes it when nobody uses it any more.</summary>
    public static void Release(string dir)
    {
        lock (Gate)
        {
            if (!References.TryGetValue(dir, out var count))
            {
                return;
            }

            if (count > 1)
            {
                References[dir] = count - 1;
                return;
            }

            References.Remove(dir);
            TryDelete(dir);
        }
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Deletes directories left by processes that no longer run (a crash skips Dispose).</summary>
    private static void SweepOnce()
    {
        if (_swept)
        {
            return;
        }

        _swept = true;
        if (!Directory.Exists(Root))
        {
            Directory.CreateDirectory(Root);
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(dir);
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            var pidText = dot < 0 ? string.Empty : name[(dot + 1)..].Replace(".tmp", string.Empty, StringComparison.Ordinal);
            if (int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                TryDelete(dir);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A loaded library can keep its file locked on Windows; the next sweep removes it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private static string SafeUserName()
    {
        var name = Environment.UserName;
        return string.Concat(name.Where(char.IsLetterOrDigit));
    }
}
