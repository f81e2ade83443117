using System.Text.RegularExpressions;
using EnergyCoSim.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Reads scenario files (YAML, or JSON which is valid YAML) and folders of them, validating each.</summary>
public static partial class ScenarioLoader
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Loads one file, or every scenario file of a folder (sorted by name). Throws on the first invalid file.</summary>
    public static IReadOnlyList<ScenarioDocument> LoadAll(string fileOrFolder)
    {
        if (Directory.Exists(fileOrFolder))
        {
            var files = Directory.EnumerateFiles(fileOrFolder)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0)
            {
                throw new NotFoundException("scenario file", fileOrFolder, "the folder holds no .yaml, .yml or .json file");
            }

            return files.Select(Load).ToArray();
        }

        return [Load(fileOrFolder)];
    }

    /// <summary>Loads and validates one scenario file.</summary>
    public static ScenarioDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new NotFoundException("scenario file", path);
        }

        var scenario = Parse(File.ReadAllText(path), path);
        scenario.BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        scenario.Name ??= Path.GetFileNameWithoutExtension(path);
        ScenarioValidator.ThrowIfInvalid(scenario);
        return scenario;
    }

    /// <summary>Parses scenario text without validating it; syntax and type errors name the line and column.</summary>
    public static ScenarioDocument Parse(string text, string source = "inline")
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            var scenario = deserializer.Deserialize<ScenarioDocument>(text) ?? throw new ValidationException(source, null, "is empty");
            scenario.Source = source;
            return scenario;
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new ValidationException($"{source}:{ex.Start.Line}:{ex.Start.Column}", null, Clean(reason));
        }
    }

    /// <summary>Parses and validates inline scenario text (e.g. from a gRPC request).</summary>
    public static ScenarioDocument ParseAndValidate(string text, string source = "inline", string baseDirectory = ".")
    {
        var scenario = Parse(text, source);
        scenario.BaseDirectory = baseDirectory;
        scenario.Name ??= source;
        ScenarioValidator.ThrowIfInvalid(scenario);
        return scenario;
    }

    private static string Clean(string reason) =>
        UnknownProperty().Replace(reason, m => $"unknown field '{m.Groups[1].Value}' in {ToSnakeCase(m.Groups[2].Value.Replace("Section", string.Empty, StringComparison.Ordinal))}");

    private static string ToSnakeCase(string name) => name == "ScenarioDocument" ? "the scenario" : string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    [GeneratedRegex(@"Property '(\w+)' not found on type '[\w.]+\.(\w+)'\.?")]
    private static partial Regex UnknownProperty();
}
