using System.Text.Json.Nodes;
using EnergyCoSim.Mosaik.Api;
using EnergyCoSim.Mosaik.Simple;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>The conformance run for the simple community model: one market with 5 children plus 2 prosumers attached later.</summary>
public sealed class SimpleCommunityConformanceTests : MosaikScenarioConformanceTests
{
    protected override IMosaikModelProvider CreateProvider() => new SimpleCommunityModelProvider();

    protected override MosaikTestScenario Scenario { get; } = SimpleScenarios.Community(steps: 8, childProsumers: 5, attachedProsumers: 2);
}
