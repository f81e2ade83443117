using System.Runtime.InteropServices;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>The FMU's shared library: platform folder choice, loading, and binding of exports with a clear error per missing symbol.</summary>
internal sealed class NativeFmuLibrary : IDisposable
{
    private readonly string _fmuPath;
    private nint _handle;

    private NativeFmuLibrary(string fmuPath, string relativePath, nint handle)
    {
        _fmuPath = fmuPath;
        RelativePath = relativePath;
        _handle = handle;
    }

    /// <summary>Path of the binary inside the archive (e.g. <c>binaries/linux64/Battery.so</c>).</summary>
    public string RelativePath { get; }

    /// <summary>The platform folder name for this process under FMI <paramref name="version"/>.</summary>
    public static string PlatformFolder(FmiVersion version)
    {
        var arch = RuntimeInformation.ProcessArchitecture;
        if (version == FmiVersion.Fmi2)
        {
            var bits = arch is Architecture.X86 or Architecture.Arm ? "32" : "64";
            return OperatingSystem.IsWindows() ? "win" + bits : OperatingSystem.IsMacOS() ? "darwin" + bits : "linux" + bits;
        }

        var a = arch switch
        {
            Architecture.X64 => "x86_64",
            Architecture.Arm64 => "aarch64",
            Architecture.X86 => "x86",
            Architecture.Arm => "aarch32",
            _ => arch.ToString().ToLowerInvariant(),
        };
        return a + (OperatingSystem.IsWindows() ? "-windows" : OperatingSystem.IsMacOS() ? "-darwin" : "-linux");
    }

    /// <summary>The shared-library extension of this platform.</summary>
    public static string Extension => OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";

    /// <summary>Loads <c>binaries/&lt;platform&gt;/&lt;modelIdentifier&gt;.&lt;ext&gt;</c> from the unpacked directory.</summary>
    public static NativeFmuLibrary Load(string fmuPath, string unpackDir, FmiModelDescription description)
    {
        var platform = PlatformFolder(description.Version);
        var relative = $"binaries/{platform}/{description.CoSimulation.ModelIdentifier}{Extension}";
        var full = Path.Combine(unpackDir, "binaries", platform, description.CoSimulation.ModelIdentifier + Extension);
        if (!File.Exists(full))
        {
            var binaries = Path.Combine(unpackDir, "binaries");
            var present = Directory.Exists(binaries)
                ? string.Join(", ", Directory.EnumerateDirectories(binaries).Select(Path.GetFileName).Order(StringComparer.Ordinal))
                : string.Empty;
            throw new NotFoundException("FMU binary", relative,
                $"{fmuPath} has no binary for this platform (platform folders present: {(present.Length == 0 ? "none" : present)})");
        }

        if (!NativeLibrary.TryLoad(full, out var handle))
        {
            throw ModelDescriptionReader.Invalid(fmuPath, relative, null, "could not be loaded as a shared library (wrong architecture or missing dependency)");
        }

        return new NativeFmuLibrary(fmuPath, relative, handle);
    }

    /// <summary>The address of export <paramref name="name"/>, or a NotFoundException naming the symbol and the FMU.</summary>
    public nint Require(string name)
    {
        ObjectDisposedException.ThrowIf(_handle == 0, this);
        if (NativeLibrary.TryGetExport(_handle, name, out var address))
        {
            return address;
        }

        throw new NotFoundException("FMI function", name, $"{_fmuPath}: {RelativePath} does not export it");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeLibrary.Free(_handle);
            _handle = 0;
        }
    }
}
