/* Battery: stored energy E [kWh] follows dE/dt = eta_c * P (charging, P >= 0) or P / eta_d
 * (discharging), with P the set-point clipped to the power limits and E kept in [0, capacity]. */
#include <string.h>

#include "model.h"

void model_defaults(ModelValues* v) {
    memset(v, 0, sizeof *v);
    v->real[capacity_kWh] = 10.0;
    v->real[max_charge_kW] = 5.0;
    v->real[max_discharge_kW] = 5.0;
    v->real[eta_charge] = 0.95;
    v->real[eta_discharge] = 0.95;
    v->real[soc_start] = 0.5;
    v->real[soc] = 0.5;
    v->real[energy_kWh] = 5.0;
    strcpy(v->string[label], "battery");
}

ModelStatus model_check_real(ModelInstance* m, unsigned index, double value) {
    switch (index) {
    case capacity_kWh:
    case max_charge_kW:
    case max_discharge_kW:
        if (!(value > 0.0)) {
            model_log(m, ModelError, "logStatusError", "variable %u must be positive, got %g", index, value);
            return ModelError;
        }
        return ModelOK;
    case eta_charge:
    case eta_discharge:
    case soc_start:
        if (!(value >= 0.0 && value <= 1.0) || (index != soc_start && value == 0.0)) {
            model_log(m, ModelError, "logStatusError", "variable %u must be in (0, 1], got %g", index, value);
            return ModelError;
        }
        return ModelOK;
    default:
        return ModelOK;
    }
}

ModelStatus model_initialize(ModelInstance* m) {
    double* r = m->v.real;
    r[energy_kWh] = r[soc_start] * r[capacity_kWh];
    r[soc] = r[soc_start];
    r[power_kW] = 0.0;
    return ModelOK;
}

ModelStatus model_step(ModelInstance* m, double t, double h, StepInfo* info) {
    (void)info;
    double* r = m->v.real;
    double hours = h / 3600.0;
    double p = r[power_setpoint_kW];
    bool limited = false;
    if (p > r[max_charge_kW]) {
        p = r[max_charge_kW];
        limited = true;
    } else if (p < -r[max_discharge_kW]) {
        p = -r[max_discharge_kW];
        limited = true;
    }
    double e0 = r[energy_kWh];
    double e1 = p >= 0.0 ? e0 + p * r[eta_charge] * hours : e0 + p / r[eta_discharge] * hours;
    if (e1 > r[capacity_kWh]) {
        e1 = r[capacity_kWh];
        p = hours > 0.0 ? (e1 - e0) / (r[eta_charge] * hours) : 0.0;
        limited = true;
    } else if (e1 < 0.0) {
        e1 = 0.0;
        p = hours > 0.0 ? (e1 - e0) * r[eta_discharge] / hours : 0.0;
        limited = true;
    }
    r[energy_kWh] = e1;
    r[soc] = e1 / r[capacity_kWh];
    r[power_kW] = p;
    m->v.boolean[saturated] = limited;
    if (limited) {
        m->v.integer[saturated_steps] += 1;
        model_log(m, ModelOK, "logEvents", "power limited to %g kW at t=%g", p, t + h);
    }
    m->v.time = t + h;
    return ModelOK;
}

ModelStatus model_event_update(ModelInstance* m) {
    (void)m;
    return ModelOK;
}

ModelStatus model_directional_derivative(ModelInstance* m, unsigned unknown, unsigned known, double* value) {
    const double* r = m->v.real;
    double sp = r[power_setpoint_kW];
    /* Within the power limits the applied power follows the set-point one to one. */
    *value = (unknown == power_kW && known == power_setpoint_kW && sp <= r[max_charge_kW] && sp >= -r[max_discharge_kW]) ? 1.0 : 0.0;
    return ModelOK;
}
