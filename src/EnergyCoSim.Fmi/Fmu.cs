using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Fmi.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Fmi;

/// <summary>
/// A loaded FMU: unpacked (content-hash cache), model description parsed, binary loaded and bound. Create instances with
/// <see cref="Instantiate"/>; the library is unloaded and the directory deleted once the FMU and all its instances are disposed.
/// </summary>
public sealed unsafe class Fmu : IDisposable
{
    // Instances per unpacked binary, for FMUs declaring canBeInstantiatedOnlyOncePerProcess (identical content shares one binary).
    private static readonly Dictionary<string, int> SingleInstanceBinaries = new(StringComparer.Ordinal);
    private readonly ILoggerFactory _loggerFactory;
    private readonly NativeFmuLibrary _library;
    private readonly Fmi2Functions _fmi2;
    private readonly Fmi3Functions _fmi3;
    private readonly Lock _gate = new();
    private int _liveInstances;
    private bool _disposed;
    private bool _released;

    private Fmu(string path, string unpackDirectory, FmiModelDescription description, NativeFmuLibrary library, ILoggerFactory loggerFactory)
    {
        Path = path;
        UnpackDirectory = unpackDirectory;
        ModelDescription = description;
        ComponentDescription = ComponentMapper.Map(description);
        _library = library;
        _loggerFactory = loggerFactory;
        string binaryVersion;
        if (description.Version == FmiVersion.Fmi2)
        {
            _fmi2 = Fmi2Functions.Bind(library, description.CoSimulation);
            binaryVersion = FmiCallbacks.Utf8(_fmi2.fmi2GetVersion());
        }
        else
        {
            _fmi3 = Fmi3Binder.Bind(library, description.CoSimulation);
            binaryVersion = FmiCallbacks.Utf8(_fmi3.fmi3GetVersion());
        }

        // A binary of the other FMI version (or a broken one) would misread every argument; refuse it here.
        if (!binaryVersion.StartsWith(description.Version == FmiVersion.Fmi2 ? "2." : "3.", StringComparison.Ordinal))
        {
            throw ModelDescriptionReader.Invalid(path, library.RelativePath, binaryVersion,
                $"reports FMI version '{binaryVersion}' but modelDescription.xml declares {description.FmiVersionText}");
        }
    }

    /// <summary>Full path of the .fmu file.</summary>
    public string Path { get; }

    /// <summary>Where the archive is unpacked (shared by loads of identical content in this process).</summary>
    public string UnpackDirectory { get; }

    /// <summary>The parsed model description.</summary>
    public FmiModelDescription ModelDescription { get; }

    /// <summary>The model description as a Core component description (scalar variables, capabilities).</summary>
    public ComponentDescription ComponentDescription { get; }

    /// <summary>
    /// Loads <paramref name="path"/>. Errors name the file and the cause: <see cref="NotFoundException"/> for a missing file,
    /// binary or FMI function; <see cref="ValidationException"/> for a bad archive or model description.
    /// </summary>
    public static Fmu Load(string path, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new NotFoundException("FMU file", full);
        }

        loggerFactory ??= NullLoggerFactory.Instance;
        var dir = FmuArchive.Acquire(full);
        NativeFmuLibrary? library = null;
        try
        {
            var description = ModelDescriptionReader.Read(System.IO.Path.Combine(dir, ModelDescriptionReader.FileName), full);
            library = NativeFmuLibrary.Load(full, dir, description);
            var fmu = new Fmu(full, dir, description, library, loggerFactory);
            var logger = loggerFactory.CreateLogger<Fmu>();
            if (logger.IsEnabled(LogLevel.Debug))
            {
                FmiLog.Loaded(logger, full, description.FmiVersionText, description.ModelName, dir);
            }

            return fmu;
        }
        catch
        {
            library?.Dispose();
            FmuArchive.Release(dir);
            throw;
        }
    }

    /// <summary>Creates and instantiates a co-simulation instance named <paramref name="instanceName"/>.</summary>
    public FmuInstance Instantiate(string instanceName, FmuInstanceOptions? options = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (ModelDescription.CoSimulation.CanBeInstantiatedOnlyOncePerProcess)
            {
                lock (SingleInstanceBinaries)
                {
                    if (SingleInstanceBinaries.GetValueOrDefault(UnpackDirectory) > 0)
                    {
                        throw new ConflictException($"FMU {Path} declares canBeInstantiatedOnlyOncePerProcess and already has an instance in this process");
                    }

                    SingleInstanceBinaries[UnpackDirectory] = 1;
                }
            }

            _liveInstances++;
        }

        options ??= FmuInstanceOptions.Default;
        var logger = _loggerFactory.CreateLogger("EnergyCoSim.Fmi.FmuInstance");
        return ModelDescription.Version == FmiVersion.Fmi2
            ? new Fmi2Instance(this, instanceName, options, logger, _fmi2)
            : new Fmi3Instance(this, instanceName, options, logger, _fmi3);
    }

    /// <summary>Releases this handle; the library stays loaded until the last instance is disposed too.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        ReleaseIfUnused();
    }

    internal void ReleaseInstance()
    {
        lock (_gate)
        {
            _liveInstances--;
        }

        if (ModelDescription.CoSimulation.CanBeInstantiatedOnlyOncePerProcess)
        {
            lock (SingleInstanceBinaries)
            {
                SingleInstanceBinaries.Remove(UnpackDirectory);
            }
        }

        ReleaseIfUnused();
    }

    private void ReleaseIfUnused()
    {
        lock (_gate)
        {
            if (!_disposed || _liveInstances > 0 || _released)
            {
                return;
            }

            _released = true;
        }

        _library.Dispose();
        FmuArchive.Release(UnpackDirectory);
    }
}
