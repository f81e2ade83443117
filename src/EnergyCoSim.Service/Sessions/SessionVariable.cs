namespace EnergyCoSim.Service.Sessions;

/// <summary>One named variable of a session: its unit and whether clients set it (input) or read it (output).</summary>
public sealed record SessionVariable(string Name, string Unit, string Causality, string Description);
