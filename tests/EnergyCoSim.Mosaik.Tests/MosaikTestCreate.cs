using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>One <c>create(num, model, **params)</c> call of a test scenario.</summary>
public sealed record MosaikTestCreate(int Num, string Model, JsonObject Params);
