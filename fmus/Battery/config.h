#ifndef BATTERY_CONFIG_H
#define BATTERY_CONFIG_H

#define MODEL_IDENTIFIER "Battery"
#define INSTANTIATION_TOKEN "{8c4e810f-3df3-4a00-8276-176fa3c9f000}"
#define N_REAL 10
#define N_INTEGER 1
#define N_BOOLEAN 1
#define N_STRING 1

enum {
    capacity_kWh,
    max_charge_kW,
    max_discharge_kW,
    eta_charge,
    eta_discharge,
    soc_start,
    power_setpoint_kW,
    soc,
    power_kW,
    energy_kWh
};
enum { saturated_steps };
enum { saturated };
enum { label };

#endif
