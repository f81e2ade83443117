/* FMI 2.0 co-simulation glue shared by every model: argument checks, the value store,
 * FMU state and the call into the model's equations. */
#include <stdlib.h>
#include <string.h>

#include "fmi2_api.h"
#include "model.h"

#define INSTANCE(c)                                                                                                                      \
    ModelInstance* m = (ModelInstance*)(c);                                                                                              \
    if (m == NULL) {                                                                                                                     \
        return fmi2Error;                                                                                                                \
    }

static void log_to_importer(ModelInstance* m, ModelStatus status, const char* category, const char* message) {
    const fmi2CallbackFunctions* f = (const fmi2CallbackFunctions*)m->callbacks;
    if (f != NULL && f->logger != NULL) {
        /* The message is already formatted and free of '%', so it is passed as the format itself. */
        f->logger(f->componentEnvironment, m->name, (fmi2Status)status, category, message);
    }
}

static fmi2Status fail(ModelInstance* m, ModelStatus s) {
    if (s >= ModelError) {
        m->phase = PhaseFailed;
    }
    return (fmi2Status)s;
}

static bool phase_allows(ModelInstance* m, const char* function, bool allowed) {
    if (!allowed) {
        model_log(m, ModelError, "logStatusError", "%s is not allowed in the current state", function);
    }
    return allowed;
}

const char* fmi2GetTypesPlatform(void) { return "default"; }

const char* fmi2GetVersion(void) { return "2.0"; }

fmi2Status fmi2SetDebugLogging(fmi2Component c, fmi2Boolean loggingOn, size_t nCategories, const fmi2String categories[]) {
    (void)nCategories;
    (void)categories;
    INSTANCE(c)
    m->loggingOn = loggingOn != fmi2False;
    return fmi2OK;
}

fmi2Component fmi2Instantiate(fmi2String instanceName, fmi2Type fmuType, fmi2String fmuGUID, fmi2String fmuResourceLocation,
                              const fmi2CallbackFunctions* functions, fmi2Boolean visible, fmi2Boolean loggingOn) {
    (void)fmuResourceLocation;
    (void)visible;
    if (functions == NULL || instanceName == NULL) {
        return NULL;
    }
    ModelInstance probe;
    memset(&probe, 0, sizeof probe);
    strncpy(probe.name, instanceName, sizeof probe.name - 1);
    probe.callbacks = functions;
    probe.log = log_to_importer;
    if (fmuType != fmi2CoSimulation) {
        model_log(&probe, ModelError, "logStatusError", "%s supports co-simulation only", MODEL_IDENTIFIER);
        return NULL;
    }
    if (fmuGUID == NULL || strcmp(fmuGUID, INSTANTIATION_TOKEN) != 0) {
        model_log(&probe, ModelError, "logStatusError", "wrong GUID '%s', expected '%s'", fmuGUID ? fmuGUID : "(null)", INSTANTIATION_TOKEN);
        return NULL;
    }
    ModelInstance* m = (ModelInstance*)calloc(1, sizeof(ModelInstance));
    if (m == NULL) {
        return NULL;
    }
    *m = probe;
    m->loggingOn = loggingOn != fmi2False;
    m->phase = PhaseInstantiated;
    model_defaults(&m->v);
    return m;
}

void fmi2FreeInstance(fmi2Component c) { free(c); }

fmi2Status fmi2SetupExperiment(fmi2Component c, fmi2Boolean toleranceDefined, fmi2Real tolerance, fmi2Real startTime,
                               fmi2Boolean stopTimeDefined, fmi2Real stopTime) {
    (void)toleranceDefined;
    (void)tolerance;
    (void)stopTimeDefined;
    (void)stopTime;
    INSTANCE(c)
    if (!phase_allows(m, "fmi2SetupExperiment", m->phase == PhaseInstantiated)) {
        return fmi2Error;
    }
    m->v.time = startTime;
    return fmi2OK;
}

fmi2Status fmi2EnterInitializationMode(fmi2Component c) {
    INSTANCE(c)
    if (!phase_allows(m, "fmi2EnterInitializationMode", m->phase == PhaseInstantiated)) {
        return fmi2Error;
    }
    m->phase = PhaseInitialization;
    return fmi2OK;
}

fmi2Status fmi2ExitInitializationMode(fmi2Component c) {
    INSTANCE(c)
    if (!phase_allows(m, "fmi2ExitInitializationMode", m->phase == PhaseInitialization)) {
        return fmi2Error;
    }
    ModelStatus s = model_initialize(m);
    if (s >= ModelError) {
        return fail(m, s);
    }
    m->phase = PhaseStep;
    return (fmi2Status)s;
}

fmi2Status fmi2Terminate(fmi2Component c) {
    INSTANCE(c)
    m->phase = PhaseTerminated;
    return fmi2OK;
}

fmi2Status fmi2Reset(fmi2Component c) {
    INSTANCE(c)
    model_defaults(&m->v);
    m->phase = PhaseInstantiated;
    return fmi2OK;
}

#define GETTER(NAME, KIND, CTYPE, EXPR)                                                                                                  \
    fmi2Status NAME(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, CTYPE value[]) {                                       \
        INSTANCE(c)                                                                                                                      \
        for (size_t k = 0; k < nvr; ++k) {                                                                                               \
            char kind;                                                                                                                   \
            unsigned i;                                                                                                                  \
            if (!model_locate(vr[k], &kind, &i) || kind != KIND) {                                                                       \
                model_log(m, ModelError, "logStatusError", "%s: unknown value reference %u", #NAME, vr[k]);                             \
                return fmi2Error;                                                                                                        \
            }                                                                                                                            \
            value[k] = EXPR;                                                                                                             \
        }                                                                                                                                \
        return fmi2OK;                                                                                                                   \
    }

GETTER(fmi2GetReal, 'r', fmi2Real, m->v.real[i])
GETTER(fmi2GetInteger, 'i', fmi2Integer, m->v.integer[i])
GETTER(fmi2GetBoolean, 'b', fmi2Boolean, m->v.boolean[i] ? fmi2True : fmi2False)
GETTER(fmi2GetString, 's', fmi2String, m->v.string[i])

fmi2Status fmi2SetReal(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, const fmi2Real value[]) {
    INSTANCE(c)
    for (size_t k = 0; k < nvr; ++k) {
        char kind;
        unsigned i;
        if (!model_locate(vr[k], &kind, &i) || kind != 'r') {
            model_log(m, ModelError, "logStatusError", "fmi2SetReal: unknown value reference %u", vr[k]);
            return fmi2Error;
        }
        ModelStatus s = model_check_real(m, i, value[k]);
        if (s >= ModelError) {
            return fail(m, s);
        }
        m->v.real[i] = value[k];
    }
    return fmi2OK;
}

#define SETTER(NAME, KIND, CTYPE, STORE)                                                                                                 \
    fmi2Status NAME(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, const CTYPE value[]) {                                 \
        INSTANCE(c)                                                                                                                      \
        for (size_t k = 0; k < nvr; ++k) {                                                                                               \
            char kind;                                                                                                                   \
            unsigned i;                                                                                                                  \
            if (!model_locate(vr[k], &kind, &i) || kind != KIND) {                                                                       \
                model_log(m, ModelError, "logStatusError", "%s: unknown value reference %u", #NAME, vr[k]);                             \
                return fmi2Error;                                                                                                        \
            }                                                                                                                            \
            STORE;                                                                                                                       \
        }                                                                                                                                \
        return fmi2OK;                                                                                                                   \
    }

SETTER(fmi2SetInteger, 'i', fmi2Integer, m->v.integer[i] = value[k])
SETTER(fmi2SetBoolean, 'b', fmi2Boolean, m->v.boolean[i] = value[k] != fmi2False)
SETTER(fmi2SetString, 's', fmi2String, strncpy(m->v.string[i], value[k] ? value[k] : "", STRING_CAPACITY - 1))

fmi2Status fmi2GetFMUstate(fmi2Component c, fmi2FMUstate* FMUstate) {
    INSTANCE(c)
    ModelValues* copy = *FMUstate != NULL ? (ModelValues*)*FMUstate : (ModelValues*)malloc(sizeof(ModelValues));
    if (copy == NULL) {
        return fmi2Error;
    }
    *copy = m->v;
    *FMUstate = copy;
    return fmi2OK;
}

fmi2Status fmi2SetFMUstate(fmi2Component c, fmi2FMUstate FMUstate) {
    INSTANCE(c)
    if (FMUstate == NULL) {
        return fmi2Error;
    }
    m->v = *(const ModelValues*)FMUstate;
    if (m->phase == PhaseFailed) {
        m->phase = PhaseStep;
    }
    return fmi2OK;
}

fmi2Status fmi2FreeFMUstate(fmi2Component c, fmi2FMUstate* FMUstate) {
    INSTANCE(c)
    free(*FMUstate);
    *FMUstate = NULL;
    return fmi2OK;
}

fmi2Status fmi2SerializedFMUstateSize(fmi2Component c, fmi2FMUstate FMUstate, size_t* size) {
    (void)FMUstate;
    INSTANCE(c)
    *size = sizeof(ModelValues);
    return fmi2OK;
}

fmi2Status fmi2SerializeFMUstate(fmi2Component c, fmi2FMUstate FMUstate, fmi2Byte serializedState[], size_t size) {
    INSTANCE(c)
    if (FMUstate == NULL || size != sizeof(ModelValues)) {
        model_log(m, ModelError, "logStatusError", "fmi2SerializeFMUstate: buffer of %zu bytes, expected %zu", size, sizeof(ModelValues));
        return fmi2Error;
    }
    memcpy(serializedState, FMUstate, size);
    return fmi2OK;
}

fmi2Status fmi2DeSerializeFMUstate(fmi2Component c, const fmi2Byte serializedState[], size_t size, fmi2FMUstate* FMUstate) {
    INSTANCE(c)
    if (size != sizeof(ModelValues)) {
        model_log(m, ModelError, "logStatusError", "fmi2DeSerializeFMUstate: %zu bytes, expected %zu", size, sizeof(ModelValues));
        return fmi2Error;
    }
    ModelValues* copy = (ModelValues*)malloc(sizeof(ModelValues));
    if (copy == NULL) {
        return fmi2Error;
    }
    memcpy(copy, serializedState, size);
    *FMUstate = copy;
    return fmi2OK;
}

fmi2Status fmi2GetDirectionalDerivative(fmi2Component c, const fmi2ValueReference vUnknown_ref[], size_t nUnknown,
                                        const fmi2ValueReference vKnown_ref[], size_t nKnown, const fmi2Real dvKnown[], fmi2Real dvUnknown[]) {
    INSTANCE(c)
    for (size_t u = 0; u < nUnknown; ++u) {
        dvUnknown[u] = 0.0;
        for (size_t k = 0; k < nKnown; ++k) {
            double d;
            ModelStatus s = model_directional_derivative(m, vUnknown_ref[u], vKnown_ref[k], &d);
            if (s >= ModelError) {
                return (fmi2Status)s;
            }
            dvUnknown[u] += d * dvKnown[k];
        }
    }
    return fmi2OK;
}

fmi2Status fmi2SetRealInputDerivatives(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, const fmi2Integer order[],
                                       const fmi2Real value[]) {
    (void)vr;
    (void)nvr;
    (void)order;
    (void)value;
    INSTANCE(c)
    model_log(m, ModelError, "logStatusError", "fmi2SetRealInputDerivatives: canInterpolateInputs is false");
    return fmi2Error;
}

fmi2Status fmi2GetRealOutputDerivatives(fmi2Component c, const fmi2ValueReference vr[], size_t nvr, const fmi2Integer order[],
                                        fmi2Real value[]) {
    (void)vr;
    (void)nvr;
    (void)order;
    (void)value;
    INSTANCE(c)
    model_log(m, ModelError, "logStatusError", "fmi2GetRealOutputDerivatives: maxOutputDerivativeOrder is 0");
    return fmi2Error;
}

#ifndef ECS_OMIT_DOSTEP
fmi2Status fmi2DoStep(fmi2Component c, fmi2Real currentCommunicationPoint, fmi2Real communicationStepSize,
                      fmi2Boolean noSetFMUStatePriorToCurrentPoint) {
    (void)noSetFMUStatePriorToCurrentPoint;
    INSTANCE(c)
    if (!phase_allows(m, "fmi2DoStep", m->phase == PhaseStep)) {
        return fmi2Error;
    }
    StepInfo info = {false, false, false, currentCommunicationPoint};
    ModelStatus s = model_step(m, currentCommunicationPoint, communicationStepSize, &info);
    return fail(m, s);
}
#endif

fmi2Status fmi2CancelStep(fmi2Component c) {
    INSTANCE(c)
    return fmi2Error;
}

fmi2Status fmi2GetStatus(fmi2Component c, const fmi2StatusKind s, fmi2Status* value) {
    (void)s;
    INSTANCE(c)
    *value = fmi2OK;
    return fmi2OK;
}

fmi2Status fmi2GetRealStatus(fmi2Component c, const fmi2StatusKind s, fmi2Real* value) {
    INSTANCE(c)
    if (s != fmi2LastSuccessfulTime) {
        return fmi2Discard;
    }
    *value = m->v.time;
    return fmi2OK;
}

fmi2Status fmi2GetIntegerStatus(fmi2Component c, const fmi2StatusKind s, fmi2Integer* value) {
    (void)s;
    (void)value;
    INSTANCE(c)
    return fmi2Discard;
}

fmi2Status fmi2GetBooleanStatus(fmi2Component c, const fmi2StatusKind s, fmi2Boolean* value) {
    INSTANCE(c)
    if (s != fmi2Terminated) {
        return fmi2Discard;
    }
    *value = fmi2False;
    return fmi2OK;
}

fmi2Status fmi2GetStringStatus(fmi2Component c, const fmi2StatusKind s, fmi2String* value) {
    (void)s;
    (void)value;
    INSTANCE(c)
    return fmi2Discard;
}
