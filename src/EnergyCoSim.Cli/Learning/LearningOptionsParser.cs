using EnergyCoSim.Core.Errors;
using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Cli.Learning;

/// <summary>Parses the algorithm and paradigm names of the command line.</summary>
internal static class LearningOptionsParser
{
    public static Algorithm Algorithm(string name) => name.ToLowerInvariant() switch
    {
        "ppo" => EnergyCoSim.Learning.Training.Algorithm.Ppo,
        "appo" => EnergyCoSim.Learning.Training.Algorithm.Appo,
        "sac" => EnergyCoSim.Learning.Training.Algorithm.Sac,
        _ => throw new ValidationException("--algorithm", name, "is not one of ppo, appo, sac"),
    };

    public static TrainingMode Mode(string name) => name.ToLowerInvariant() switch
    {
        "ctce" => TrainingMode.Ctce,
        "ctde" => TrainingMode.Ctde,
        "dtde" => TrainingMode.Dtde,
        _ => throw new ValidationException("--mode", name, "is not one of ctce, ctde, dtde"),
    };
}
