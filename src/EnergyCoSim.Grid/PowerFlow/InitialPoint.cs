namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Starting voltages for an iterative solve.</summary>
public enum InitialPoint
{
    /// <summary>Flat start first; if it fails, the no-load start (recommended).</summary>
    Auto,

    /// <summary>1 p.u. at PQ buses, set points at PV/slack buses, slack angles elsewhere.</summary>
    Flat,

    /// <summary>The no-load, tap-aware solution: one linear solve of Y·V = 0 with the slack voltages fixed.</summary>
    NoLoad,

    /// <summary>The last solution held by a <see cref="GridModel"/> (warm start); flat for a first solve.</summary>
    Warm,
}
