using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnergyCoSim.Grid.IO;

/// <summary>The on-disk shape of the project's JSON case format (docs/case-format.md).</summary>
internal sealed class JsonCaseDto
{
    public const string FormatId = "energycosim-case/1";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public string? Format { get; set; }
    public string? Name { get; set; }
    public string? Source { get; set; }
    public string? Notes { get; set; }
    public double? BaseMva { get; set; }
    public List<BusDto>? Buses { get; set; }
    public List<BranchDto>? Branches { get; set; }
    public List<GeneratorDto>? Generators { get; set; }
    public List<LoadDto>? Loads { get; set; }
    public List<SwitchDto>? Switches { get; set; }

    internal sealed class BusDto
    {
        public int? Id { get; set; }
        public string? Type { get; set; }
        public double? BaseKv { get; set; }
        public double? ShuntGMw { get; set; }
        public double? ShuntBMvar { get; set; }
        public double? VmPu { get; set; }
        public double? VaDeg { get; set; }
        public bool? InService { get; set; }
        public string? Name { get; set; }
    }

    internal sealed class BranchDto
    {
        public int? From { get; set; }
        public int? To { get; set; }
        public double? RPu { get; set; }
        public double? XPu { get; set; }
        public double? BPu { get; set; }
        public double? ROhm { get; set; }
        public double? XOhm { get; set; }
        public double? BMicroSiemens { get; set; }
        public double? RateMva { get; set; }
        public double? Tap { get; set; }
        public double? ShiftDeg { get; set; }
        public bool? InService { get; set; }
        public string? Name { get; set; }
    }

    internal sealed class GeneratorDto
    {
        public int? Bus { get; set; }
        public double? PMw { get; set; }
        public double? QMvar { get; set; }
        public double? VSetPu { get; set; }
        public bool? InService { get; set; }
        public double? QMaxMvar { get; set; }
        public double? QMinMvar { get; set; }
    }

    internal sealed class LoadDto
    {
        public int? Bus { get; set; }
        public double? PMw { get; set; }
        public double? QMvar { get; set; }
        public double? PKw { get; set; }
        public double? QKvar { get; set; }
        public double? ImpedanceFraction { get; set; }
        public double? CurrentFraction { get; set; }
        public bool? InService { get; set; }
    }

    internal sealed class SwitchDto
    {
        public int? BusA { get; set; }
        public int? BusB { get; set; }
        public bool? Closed { get; set; }
        public string? Name { get; set; }
    }
}
