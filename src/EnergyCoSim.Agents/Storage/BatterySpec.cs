using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Agents.Storage;

/// <summary>
/// Immutable, validated battery parameters. Every rule is checked at construction and all violations are reported
/// together (e.g. <c>battery.min_soc: 1.2 is outside [0, 1]</c>).
/// </summary>
public sealed class BatterySpec
{
    /// <summary>Largest fade rate accepted per cycle or per day (1 %): beyond it the model is no longer meaningful.</summary>
    public const double MaxFadeRate = 0.01;

    /// <summary>Creates and validates a battery specification.</summary>
    /// <param name="nominalCapacity">Nominal (new) capacity, kWh, &gt; 0.</param>
    /// <param name="minSoc">Lower end of the usable state-of-charge window, in [0, 1].</param>
    /// <param name="maxSoc">Upper end of the window, in [0, 1] and &gt; <paramref name="minSoc"/>.</param>
    /// <param name="chargeEfficiency">η_c in (0, 1]: charging x kWh from the bus stores x·η_c.</param>
    /// <param name="dischargeEfficiency">η_d in (0, 1]: delivering x kWh to the bus removes x/η_d from the store.</param>
    /// <param name="cRate">Power limit as a C-rate (1 = nominal capacity kWh per hour), &gt; 0; ignored when <paramref name="maxPower"/> is set.</param>
    /// <param name="maxPower">Explicit power limit at the bus, kW, &gt; 0; null: <paramref name="cRate"/> · capacity.</param>
    /// <param name="selfDischargePerHour">Fraction of stored energy lost per hour, in [0, 1).</param>
    /// <param name="fadePerEquivalentCycle">Fraction of nominal capacity lost per equivalent full cycle, in [0, 0.01].</param>
    /// <param name="fadePerDay">Fraction of nominal capacity lost per calendar day, in [0, 0.01].</param>
    /// <param name="initialSoc">Initial SoC at reset, inside the window; null: drawn uniformly in the window.</param>
    /// <param name="scope">Field path prefix used in messages (e.g. <c>agents[2].battery</c>).</param>
    public BatterySpec(
        EnergyKWh nominalCapacity,
        double minSoc = 0.0,
        double maxSoc = 1.0,
        double chargeEfficiency = 1.0,
        double dischargeEfficiency = 1.0,
        double cRate = 1.0,
        PowerKW? maxPower = null,
        double selfDischargePerHour = 0.0,
        double fadePerEquivalentCycle = 0.0,
        double fadePerDay = 0.0,
        double? initialSoc = null,
        string scope = "battery")
    {
        var root = new ViolationCollector();
        var c = root.Scope(scope);
        c.GreaterThan("nominal_capacity_kwh", nominalCapacity.Value, 0);
        var minOk = c.InRange("min_soc", minSoc, 0, 1);
        var maxOk = c.InRange("max_soc", maxSoc, 0, 1);
        if (minOk && maxOk)
        {
            c.Require(minSoc < maxSoc, "max_soc", maxSoc, $"must be > min_soc ({minSoc.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})");
        }

        c.Require(chargeEfficiency > 0 && chargeEfficiency <= 1, "charge_efficiency", chargeEfficiency, "is outside (0, 1]");
        c.Require(dischargeEfficiency > 0 && dischargeEfficiency <= 1, "discharge_efficiency", dischargeEfficiency, "is outside (0, 1]");
        c.GreaterThan("c_rate", cRate, 0);
        if (maxPower is { } p)
        {
            c.GreaterThan("max_power_kw", p.Value, 0);
        }

        c.Require(selfDischargePerHour >= 0 && selfDischargePerHour < 1, "self_discharge_per_hour", selfDischargePerHour, "is outside [0, 1)");
        c.InRange("fade_per_cycle", fadePerEquivalentCycle, 0, MaxFadeRate);
        c.InRange("fade_per_day", fadePerDay, 0, MaxFadeRate);
        if (initialSoc is { } soc && c.Finite("initial_soc", soc) && minOk && maxOk)
        {
            c.Require(soc >= minSoc && soc <= maxSoc, "initial_soc", soc, $"is outside the SoC window [{Fmt(minSoc)}, {Fmt(maxSoc)}]");
        }

        root.ThrowIfAny("battery specification");

        NominalCapacity = nominalCapacity;
        MinSoc = minSoc;
        MaxSoc = maxSoc;
        ChargeEfficiency = chargeEfficiency;
        DischargeEfficiency = dischargeEfficiency;
        MaxPower = maxPower ?? new PowerKW(cRate * nominalCapacity.Value);
        SelfDischargePerHour = selfDischargePerHour;
        FadePerEquivalentCycle = fadePerEquivalentCycle;
        FadePerDay = fadePerDay;
        InitialSoc = initialSoc;
    }

    /// <summary>Nominal (new) capacity, kWh.</summary>
    public EnergyKWh NominalCapacity { get; }

    /// <summary>Lower end of the SoC window (fraction of the current capacity).</summary>
    public double MinSoc { get; }

    /// <summary>Upper end of the SoC window (fraction of the current capacity).</summary>
    public double MaxSoc { get; }

    /// <summary>Charge efficiency η_c.</summary>
    public double ChargeEfficiency { get; }

    /// <summary>Discharge efficiency η_d.</summary>
    public double DischargeEfficiency { get; }

    /// <summary>Power limit at the bus, kW, for charge and discharge alike.</summary>
    public PowerKW MaxPower { get; }

    /// <summary>Fraction of stored energy lost per hour.</summary>
    public double SelfDischargePerHour { get; }

    /// <summary>Fraction of nominal capacity lost per equivalent full cycle.</summary>
    public double FadePerEquivalentCycle { get; }

    /// <summary>Fraction of nominal capacity lost per calendar day.</summary>
    public double FadePerDay { get; }

    /// <summary>Initial SoC at reset, or null to draw it uniformly in the window.</summary>
    public double? InitialSoc { get; }

    private static string Fmt(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
