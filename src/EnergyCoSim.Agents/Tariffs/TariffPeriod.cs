namespace EnergyCoSim.Agents.Tariffs;

/// <summary>A time-of-day period of the random tariff generator: [StartHour, EndHour) and its nominal factor.</summary>
internal readonly record struct TariffPeriod(double StartHour, double EndHour, double Factor);
