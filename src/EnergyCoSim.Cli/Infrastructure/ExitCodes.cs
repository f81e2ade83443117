using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Cli.Infrastructure;

/// <summary>Process exit codes, stable so that scripts can branch on them.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug).</summary>
    public const int Unexpected = 1;

    /// <summary>Bad command line.</summary>
    public const int Usage = 2;

    /// <summary>Invalid input file or value.</summary>
    public const int Validation = 3;

    /// <summary>A file, scenario or name was not found.</summary>
    public const int NotFound = 4;

    /// <summary>An operation in the wrong state.</summary>
    public const int InvalidState = 5;

    /// <summary>A model or component failed during the run.</summary>
    public const int ModelFailure = 6;

    /// <summary>A deadline passed.</summary>
    public const int DeadlineExceeded = 7;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code for an error code.</summary>
    public static int For(ErrorCode code) => code switch
    {
        ErrorCode.Validation => Validation,
        ErrorCode.NotFound => NotFound,
        ErrorCode.InvalidState => InvalidState,
        ErrorCode.Model => ModelFailure,
        ErrorCode.Cancelled => Cancelled,
        ErrorCode.DeadlineExceeded => DeadlineExceeded,
        _ => Unexpected,
    };
}
