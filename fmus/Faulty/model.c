/* Faulty: a test FMU that misbehaves on purpose. x follows time, y = 2 u.
 * A step that passes warn_at_s returns a warning; one that strictly crosses discard_at_s stops
 * there and returns discard; one that ends after fail_at_s returns error; with early return
 * allowed (FMI 3) a step stops at event_at_s and asks for event handling. Setting limit < 0
 * and fail_in_init = true make the set call and the initialisation fail. */
#include <string.h>

#include "model.h"

static const double Eps = 1e-9;

void model_defaults(ModelValues* v) {
    memset(v, 0, sizeof *v);
    v->real[warn_at_s] = 1.0;
    v->real[discard_at_s] = 3.0;
    v->real[fail_at_s] = 5.0;
    v->real[event_at_s] = 2.0;
    v->real[limit] = 1.0;
    strcpy(v->string[note], "faulty on purpose");
    /* The FMI 3 typed-access variables (declared in FMI3.xml only). */
    v->f32[0] = 1.5f;
    v->f32[1] = 2.5f;
    v->f32[2] = 3.5f;
    v->i8 = -8;
    v->u8 = 8;
    v->i16 = -16;
    v->u16 = 16;
    v->u32 = 32;
    v->i64 = -64;
    v->u64 = 64;
    v->binary[0] = 0x0a;
    v->binary[1] = 0x0b;
    v->binarySize = 2;
    v->f64array[0] = 0.25;
    v->f64array[1] = 0.75;
}

ModelStatus model_check_real(ModelInstance* m, unsigned index, double value) {
    if (index == limit && value < 0.0) {
        model_log(m, ModelError, "logStatusError", "limit must be >= 0, got %g", value);
        return ModelError;
    }
    return ModelOK;
}

ModelStatus model_initialize(ModelInstance* m) {
    if (m->v.boolean[fail_in_init]) {
        model_log(m, ModelError, "logStatusError", "initialisation failed because fail_in_init is true");
        return ModelError;
    }
    m->v.real[x] = m->v.time;
    m->v.real[y] = 2.0 * m->v.real[u];
    return ModelOK;
}

static bool crosses(double t, double t1, double at) { return t < at - Eps && t1 > at + Eps; }

ModelStatus model_step(ModelInstance* m, double t, double h, StepInfo* info) {
    double* r = m->v.real;
    double t1 = t + h;
    if (t1 > r[fail_at_s] + Eps) {
        model_log(m, ModelError, "logStatusError", "x would pass fail_at_s=%g (step %g..%g)", r[fail_at_s], t, t1);
        return ModelError;
    }
    if (crosses(t, t1, r[discard_at_s])) {
        m->v.time = r[discard_at_s];
        r[x] = m->v.time;
        model_log(m, ModelDiscard, "logStatusDiscard", "step %g..%g crosses discard_at_s; stopped at %g", t, t1, m->v.time);
        return ModelDiscard;
    }
    if (info->earlyReturnAllowed && crosses(t, t1, r[event_at_s])) {
        m->v.time = r[event_at_s];
        r[x] = m->v.time;
        info->earlyReturn = true;
        info->eventNeeded = true;
        return ModelOK;
    }
    ModelStatus status = ModelOK;
    if (t < r[warn_at_s] - Eps && t1 >= r[warn_at_s] - Eps) {
        model_log(m, ModelWarning, "logStatusWarning", "passed warn_at_s=%g", r[warn_at_s]);
        status = ModelWarning;
    }
    m->v.time = t1;
    r[x] = t1;
    r[y] = 2.0 * r[u];
    return status;
}

ModelStatus model_event_update(ModelInstance* m) {
    m->v.integer[events] += 1;
    return ModelOK;
}

ModelStatus model_directional_derivative(ModelInstance* m, unsigned unknown, unsigned known, double* value) {
    (void)m;
    *value = (unknown == y && known == u) ? 2.0 : 0.0;
    return ModelOK;
}
