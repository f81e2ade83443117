using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Testing;

/// <summary>A saved mock state: a deep copy of all values.</summary>
internal sealed class MockState(string ownerName, MockValues values) : ComponentState(ownerName)
{
    public MockValues Values { get; } = values;
}
