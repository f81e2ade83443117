namespace EnergyCoSim.Master;

/// <summary>Order in which components are stepped within one macro step.</summary>
public enum MasterAlgorithm
{
    /// <summary>All due components step concurrently from inputs read at the start of the step (libcosim's fixed-step algorithm).</summary>
    Jacobi,

    /// <summary>Components step one after the other in a declared or derived order; zero-delay inputs see the new outputs.</summary>
    GaussSeidel,
}
