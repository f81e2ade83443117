/* Household with roof-top PV. With s = time of day in seconds:
 *   pv   = min(limit, peak * sin(pi * (s - sunrise) / (sunset - sunrise)))  between sunrise and sunset, else 0
 *   load = base + amplitude * (1 - cos(2 pi s / 86400)) / 2
 *   net  = load - pv  (positive = import)
 * Outputs are algebraic in time, evaluated at the end of each step. */
#include <math.h>
#include <string.h>

#include "model.h"

static const double DaySeconds = 86400.0;
static const double Pi = 3.14159265358979323846;

void model_defaults(ModelValues* v) {
    memset(v, 0, sizeof *v);
    v->real[pv_peak_kW] = 5.0;
    v->real[base_load_kW] = 0.5;
    v->real[load_amplitude_kW] = 0.3;
    v->real[sunrise_s] = 21600.0;
    v->real[sunset_s] = 64800.0;
    v->real[pv_limit_kW] = 1000.0;
    strcpy(v->string[site], "home");
}

ModelStatus model_check_real(ModelInstance* m, unsigned index, double value) {
    if ((index == pv_peak_kW || index == base_load_kW || index == load_amplitude_kW || index == pv_limit_kW) && !(value >= 0.0)) {
        model_log(m, ModelError, "logStatusError", "variable %u must be non-negative, got %g", index, value);
        return ModelError;
    }
    return ModelOK;
}

static void evaluate(ModelInstance* m) {
    double* r = m->v.real;
    double t = m->v.time;
    double s = fmod(t, DaySeconds);
    double pv = 0.0;
    bool light = s >= r[sunrise_s] && s <= r[sunset_s] && r[sunset_s] > r[sunrise_s];
    if (light) {
        pv = r[pv_peak_kW] * sin(Pi * (s - r[sunrise_s]) / (r[sunset_s] - r[sunrise_s]));
    }
    if (pv > r[pv_limit_kW]) {
        pv = r[pv_limit_kW];
    }
    r[pv_kW] = pv;
    r[load_kW] = r[base_load_kW] + r[load_amplitude_kW] * (1.0 - cos(2.0 * Pi * s / DaySeconds)) / 2.0;
    r[net_kW] = r[load_kW] - pv;
    m->v.integer[day] = (int32_t)floor(t / DaySeconds);
    m->v.boolean[daylight] = light;
}

ModelStatus model_initialize(ModelInstance* m) {
    if (!(m->v.real[sunset_s] > m->v.real[sunrise_s])) {
        model_log(m, ModelError, "logStatusError", "sunset_s (%g) must be after sunrise_s (%g)", m->v.real[sunset_s], m->v.real[sunrise_s]);
        return ModelError;
    }
    evaluate(m);
    return ModelOK;
}

ModelStatus model_step(ModelInstance* m, double t, double h, StepInfo* info) {
    (void)info;
    m->v.time = t + h;
    evaluate(m);
    return ModelOK;
}

ModelStatus model_event_update(ModelInstance* m) {
    (void)m;
    return ModelOK;
}

ModelStatus model_directional_derivative(ModelInstance* m, unsigned unknown, unsigned known, double* value) {
    (void)m;
    (void)unknown;
    (void)known;
    *value = 0.0;
    return ModelOK;
}
