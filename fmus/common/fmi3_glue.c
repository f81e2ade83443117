/* FMI 3.0 co-simulation glue shared by every model: argument checks, the value store,
 * FMU state, early return, event mode and the call into the model's equations. */
#include <stdlib.h>
#include <string.h>

#include "fmi3_api.h"
#include "model.h"

#define INSTANCE(c)                                                                                                                      \
    ModelInstance* m = (ModelInstance*)(c);                                                                                              \
    if (m == NULL) {                                                                                                                     \
        return fmi3Error;                                                                                                                \
    }

typedef struct {
    fmi3LogMessageCallback logMessage;
} Callbacks3;

static void log_to_importer(ModelInstance* m, ModelStatus status, const char* category, const char* message) {
    const Callbacks3* cb = (const Callbacks3*)m->callbacks;
    if (cb != NULL && cb->logMessage != NULL) {
        cb->logMessage(m->environment, (fmi3Status)status, category, message);
    }
}

static fmi3Status fail(ModelInstance* m, ModelStatus s) {
    if (s >= ModelError) {
        m->phase = PhaseFailed;
    }
    return (fmi3Status)s;
}

static bool phase_allows(ModelInstance* m, const char* function, bool allowed) {
    if (!allowed) {
        model_log(m, ModelError, "logStatusError", "%s is not allowed in the current state", function);
    }
    return allowed;
}

const char* fmi3GetVersion(void) { return "3.0"; }

fmi3Status fmi3SetDebugLogging(fmi3Instance instance, fmi3Boolean loggingOn, size_t nCategories, const fmi3String categories[]) {
    (void)nCategories;
    (void)categories;
    INSTANCE(instance)
    m->loggingOn = loggingOn;
    return fmi3OK;
}

fmi3Instance fmi3InstantiateCoSimulation(fmi3String instanceName, fmi3String instantiationToken, fmi3String resourcePath,
                                         fmi3Boolean visible, fmi3Boolean loggingOn, fmi3Boolean eventModeUsed, fmi3Boolean earlyReturnAllowed,
                                         const fmi3ValueReference requiredIntermediateVariables[], size_t nRequiredIntermediateVariables,
                                         fmi3InstanceEnvironment instanceEnvironment, fmi3LogMessageCallback logMessage,
                                         fmi3IntermediateUpdateCallback intermediateUpdate) {
    (void)resourcePath;
    (void)visible;
    (void)requiredIntermediateVariables;
    (void)nRequiredIntermediateVariables;
    (void)intermediateUpdate;
    if (instanceName == NULL) {
        return NULL;
    }
    ModelInstance* m = (ModelInstance*)calloc(1, sizeof(ModelInstance) + sizeof(Callbacks3));
    if (m == NULL) {
        return NULL;
    }
    Callbacks3* cb = (Callbacks3*)(m + 1);
    cb->logMessage = logMessage;
    strncpy(m->name, instanceName, sizeof m->name - 1);
    m->callbacks = cb;
    m->environment = instanceEnvironment;
    m->log = log_to_importer;
    m->loggingOn = loggingOn;
    if (instantiationToken == NULL || strcmp(instantiationToken, INSTANTIATION_TOKEN) != 0) {
        model_log(m, ModelError, "logStatusError", "wrong instantiation token '%s', expected '%s'",
                  instantiationToken ? instantiationToken : "(null)", INSTANTIATION_TOKEN);
        free(m);
        return NULL;
    }
    m->eventModeUsed = eventModeUsed;
    m->earlyReturnAllowed = earlyReturnAllowed;
    m->phase = PhaseInstantiated;
    model_defaults(&m->v);
    return m;
}

void fmi3FreeInstance(fmi3Instance instance) { free(instance); }

fmi3Status fmi3EnterInitializationMode(fmi3Instance instance, fmi3Boolean toleranceDefined, fmi3Float64 tolerance, fmi3Float64 startTime,
                                       fmi3Boolean stopTimeDefined, fmi3Float64 stopTime) {
    (void)toleranceDefined;
    (void)tolerance;
    (void)stopTimeDefined;
    (void)stopTime;
    INSTANCE(instance)
    if (!phase_allows(m, "fmi3EnterInitializationMode", m->phase == PhaseInstantiated)) {
        return fmi3Error;
    }
    m->v.time = startTime;
    m->phase = PhaseInitialization;
    return fmi3OK;
}

fmi3Status fmi3ExitInitializationMode(fmi3Instance instance) {
    INSTANCE(instance)
    if (!phase_allows(m, "fmi3ExitInitializationMode", m->phase == PhaseInitialization)) {
        return fmi3Error;
    }
    ModelStatus s = model_initialize(m);
    if (s >= ModelError) {
        return fail(m, s);
    }
    m->phase = m->eventModeUsed ? PhaseEvent : PhaseStep;
    return (fmi3Status)s;
}

fmi3Status fmi3EnterEventMode(fmi3Instance instance) {
    INSTANCE(instance)
    if (!phase_allows(m, "fmi3EnterEventMode", m->eventModeUsed && m->phase == PhaseStep)) {
        return fmi3Error;
    }
    m->phase = PhaseEvent;
    return fmi3OK;
}

fmi3Status fmi3UpdateDiscreteStates(fmi3Instance instance, fmi3Boolean* discreteStatesNeedUpdate, fmi3Boolean* terminateSimulation,
                                    fmi3Boolean* nominalsOfContinuousStatesChanged, fmi3Boolean* valuesOfContinuousStatesChanged,
                                    fmi3Boolean* nextEventTimeDefined, fmi3Float64* nextEventTime) {
    INSTANCE(instance)
    if (!phase_allows(m, "fmi3UpdateDiscreteStates", m->phase == PhaseEvent)) {
        return fmi3Error;
    }
    ModelStatus s = model_event_update(m);
    *discreteStatesNeedUpdate = false;
    *terminateSimulation = false;
    *nominalsOfContinuousStatesChanged = false;
    *valuesOfContinuousStatesChanged = false;
    *nextEventTimeDefined = false;
    *nextEventTime = 0.0;
    return fail(m, s);
}

fmi3Status fmi3EnterStepMode(fmi3Instance instance) {
    INSTANCE(instance)
    if (!phase_allows(m, "fmi3EnterStepMode", m->phase == PhaseEvent)) {
        return fmi3Error;
    }
    m->phase = PhaseStep;
    return fmi3OK;
}

fmi3Status fmi3Terminate(fmi3Instance instance) {
    INSTANCE(instance)
    m->phase = PhaseTerminated;
    return fmi3OK;
}

fmi3Status fmi3Reset(fmi3Instance instance) {
    INSTANCE(instance)
    model_defaults(&m->v);
    m->phase = PhaseInstantiated;
    return fmi3OK;
}

static fmi3Status wrong_type(ModelInstance* m, const char* function, fmi3ValueReference vr) {
    model_log(m, ModelError, "logStatusError", "%s: value reference %u is not a variable of this type", function, vr);
    return fmi3Error;
}

#define EXTRA_SCALAR(T, VR, FIELD)                                                                                                       \
    fmi3Status fmi3Get##T(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, fmi3##T values[], size_t nValues) {         \
        INSTANCE(instance)                                                                                                               \
        if (nValues != nvr) {                                                                                                            \
            return wrong_type(m, "fmi3Get" #T " (array size)", nvr ? vr[0] : 0);                                                        \
        }                                                                                                                                \
        for (size_t k = 0; k < nvr; ++k) {                                                                                               \
            if (vr[k] != VR) {                                                                                                           \
                return wrong_type(m, "fmi3Get" #T, vr[k]);                                                                               \
            }                                                                                                                            \
            values[k] = m->v.FIELD;                                                                                                      \
        }                                                                                                                                \
        return fmi3OK;                                                                                                                   \
    }                                                                                                                                    \
    fmi3Status fmi3Set##T(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, const fmi3##T values[], size_t nValues) {   \
        INSTANCE(instance)                                                                                                               \
        if (nValues != nvr) {                                                                                                            \
            return wrong_type(m, "fmi3Set" #T " (array size)", nvr ? vr[0] : 0);                                                        \
        }                                                                                                                                \
        for (size_t k = 0; k < nvr; ++k) {                                                                                               \
            if (vr[k] != VR) {                                                                                                           \
                return wrong_type(m, "fmi3Set" #T, vr[k]);                                                                               \
            }                                                                                                                            \
            m->v.FIELD = values[k];                                                                                                      \
        }                                                                                                                                \
        return fmi3OK;                                                                                                                   \
    }

EXTRA_SCALAR(Int8, 401u, i8)
EXTRA_SCALAR(UInt8, 402u, u8)
EXTRA_SCALAR(Int16, 403u, i16)
EXTRA_SCALAR(UInt16, 404u, u16)
EXTRA_SCALAR(UInt32, 405u, u32)
EXTRA_SCALAR(Int64, 406u, i64)
EXTRA_SCALAR(UInt64, 407u, u64)

/* Float32: only the array variable 400 of three elements. */
fmi3Status fmi3GetFloat32(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, fmi3Float32 values[], size_t nValues) {
    INSTANCE(instance)
    if (nValues != 3 * nvr) {
        return wrong_type(m, "fmi3GetFloat32 (array size)", nvr ? vr[0] : 0);
    }
    for (size_t k = 0; k < nvr; ++k) {
        if (vr[k] != 400u) {
            return wrong_type(m, "fmi3GetFloat32", vr[k]);
        }
        memcpy(&values[3 * k], m->v.f32, sizeof m->v.f32);
    }
    return fmi3OK;
}

fmi3Status fmi3SetFloat32(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, const fmi3Float32 values[], size_t nValues) {
    INSTANCE(instance)
    if (nValues != 3 * nvr) {
        return wrong_type(m, "fmi3SetFloat32 (array size)", nvr ? vr[0] : 0);
    }
    for (size_t k = 0; k < nvr; ++k) {
        if (vr[k] != 400u) {
            return wrong_type(m, "fmi3SetFloat32", vr[k]);
        }
        memcpy(m->v.f32, &values[3 * k], sizeof m->v.f32);
    }
    return fmi3OK;
}

/* Float64: the model's scalars plus the array variable 409 of two elements; values are packed in order. */
fmi3Status fmi3GetFloat64(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, fmi3Float64 values[], size_t nValues) {
    INSTANCE(instance)
    size_t pos = 0;
    for (size_t k = 0; k < nvr; ++k) {
        char kind;
        unsigned i;
        if (vr[k] == 409u && pos + 2 <= nValues) {
            values[pos++] = m->v.f64array[0];
            values[pos++] = m->v.f64array[1];
        } else if (vr[k] == VR_TIME && pos < nValues) {
            values[pos++] = m->v.time;
        } else if (model_locate(vr[k], &kind, &i) && kind == 'r' && pos < nValues) {
            values[pos++] = m->v.real[i];
        } else {
            return wrong_type(m, "fmi3GetFloat64", vr[k]);
        }
    }
    return pos == nValues ? fmi3OK : wrong_type(m, "fmi3GetFloat64 (array size)", nvr ? vr[0] : 0);
}

fmi3Status fmi3SetFloat64(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, const fmi3Float64 values[], size_t nValues) {
    INSTANCE(instance)
    size_t pos = 0;
    for (size_t k = 0; k < nvr; ++k) {
        char kind;
        unsigned i;
        if (vr[k] == 409u && pos + 2 <= nValues) {
            m->v.f64array[0] = values[pos++];
            m->v.f64array[1] = values[pos++];
        } else if (model_locate(vr[k], &kind, &i) && kind == 'r' && pos < nValues) {
            ModelStatus s = model_check_real(m, i, values[pos]);
            if (s >= ModelError) {
                return fail(m, s);
            }
            m->v.real[i] = values[pos++];
        } else {
            return wrong_type(m, "fmi3SetFloat64", vr[k]);
        }
    }
    return pos == nValues ? fmi3OK : wrong_type(m, "fmi3SetFloat64 (array size)", nvr ? vr[0] : 0);
}

#define ACCESSORS(T, KIND, GET, SET)                                                                                                     \
    fmi3Status fmi3Get##T(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, fmi3##T values[], size_t nValues) {         \
        INSTANCE(instance)                                                                                                               \
        if (nValues != nvr) {                                                                                                            \
            return wrong_type(m, "fmi3Get" #T " (array size)", nvr ? vr[0] : 0);                                                        \
        }                                                                                                                                \
        for (size_t k = 0; k < nvr; ++k) {                                                                                               \
            char kind;                                                                                                                   \
            unsigned i;                                                                                                                  \
            if (!model_locate(vr[k], &kind, &i) || kind != KIND) {                                                                       \
                return wrong_type(m, "fmi3Get" #T, vr[k]);                                                                               \
            }                                                                                                                            \
            GET;                                                                                                                         \
        }                                                                                                                                \
        return fmi3OK;                                                                                                                   \
    }                                                                                                                                    \
    fmi3Status fmi3Set##T(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, const fmi3##T values[], size_t nValues) {   \
        INSTANCE(instance)                                                                                                               \
        if (nValues != nvr) {                                                                                                            \
            return wrong_type(m, "fmi3Set" #T " (array size)", nvr ? vr[0] : 0);                                                        \
        }                                                                                                                                \
        for (size_t k = 0; k < nvr; ++k) {                                                                                               \
            char kind;                                                                                                                   \
            unsigned i;                                                                                                                  \
            if (!model_locate(vr[k], &kind, &i) || kind != KIND) {                                                                       \
                return wrong_type(m, "fmi3Set" #T, vr[k]);                                                                               \
            }                                                                                                                            \
            SET;                                                                                                                         \
        }                                                                                                                                \
        return fmi3OK;                                                                                                                   \
    }

ACCESSORS(Int32, 'i', values[k] = m->v.integer[i], m->v.integer[i] = values[k])
ACCESSORS(Boolean, 'b', values[k] = m->v.boolean[i], m->v.boolean[i] = values[k])
ACCESSORS(String, 's', values[k] = m->v.string[i], strncpy(m->v.string[i], values[k] ? values[k] : "", STRING_CAPACITY - 1))

fmi3Status fmi3GetBinary(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, size_t valueSizes[], fmi3Binary values[],
                         size_t nValues) {
    INSTANCE(instance)
    if (nValues != nvr) {
        return wrong_type(m, "fmi3GetBinary (array size)", nvr ? vr[0] : 0);
    }
    for (size_t k = 0; k < nvr; ++k) {
        if (vr[k] != 408u) {
            return wrong_type(m, "fmi3GetBinary", vr[k]);
        }
        valueSizes[k] = m->v.binarySize;
        values[k] = m->v.binary;
    }
    return fmi3OK;
}

fmi3Status fmi3SetBinary(fmi3Instance instance, const fmi3ValueReference vr[], size_t nvr, const size_t valueSizes[], const fmi3Binary values[],
                         size_t nValues) {
    INSTANCE(instance)
    if (nValues != nvr) {
        return wrong_type(m, "fmi3SetBinary (array size)", nvr ? vr[0] : 0);
    }
    for (size_t k = 0; k < nvr; ++k) {
        if (vr[k] != 408u || valueSizes[k] > sizeof m->v.binary) {
            model_log(m, ModelError, "logStatusError", "fmi3SetBinary: value reference %u takes at most %zu bytes", vr[k], sizeof m->v.binary);
            return fmi3Error;
        }
        memcpy(m->v.binary, values[k], valueSizes[k]);
        m->v.binarySize = valueSizes[k];
    }
    return fmi3OK;
}

fmi3Status fmi3GetFMUState(fmi3Instance instance, fmi3FMUState* FMUState) {
    INSTANCE(instance)
    ModelValues* copy = *FMUState != NULL ? (ModelValues*)*FMUState : (ModelValues*)malloc(sizeof(ModelValues));
    if (copy == NULL) {
        return fmi3Error;
    }
    *copy = m->v;
    *FMUState = copy;
    return fmi3OK;
}

fmi3Status fmi3SetFMUState(fmi3Instance instance, fmi3FMUState FMUState) {
    INSTANCE(instance)
    if (FMUState == NULL) {
        return fmi3Error;
    }
    m->v = *(const ModelValues*)FMUState;
    if (m->phase == PhaseFailed) {
        m->phase = PhaseStep;
    }
    return fmi3OK;
}

fmi3Status fmi3FreeFMUState(fmi3Instance instance, fmi3FMUState* FMUState) {
    INSTANCE(instance)
    free(*FMUState);
    *FMUState = NULL;
    return fmi3OK;
}

fmi3Status fmi3SerializedFMUStateSize(fmi3Instance instance, fmi3FMUState FMUState, size_t* size) {
    (void)FMUState;
    INSTANCE(instance)
    *size = sizeof(ModelValues);
    return fmi3OK;
}

fmi3Status fmi3SerializeFMUState(fmi3Instance instance, fmi3FMUState FMUState, fmi3Byte serializedState[], size_t size) {
    INSTANCE(instance)
    if (FMUState == NULL || size != sizeof(ModelValues)) {
        model_log(m, ModelError, "logStatusError", "fmi3SerializeFMUState: buffer of %zu bytes, expected %zu", size, sizeof(ModelValues));
        return fmi3Error;
    }
    memcpy(serializedState, FMUState, size);
    return fmi3OK;
}

fmi3Status fmi3DeserializeFMUState(fmi3Instance instance, const fmi3Byte serializedState[], size_t size, fmi3FMUState* FMUState) {
    INSTANCE(instance)
    if (size != sizeof(ModelValues)) {
        model_log(m, ModelError, "logStatusError", "fmi3DeserializeFMUState: %zu bytes, expected %zu", size, sizeof(ModelValues));
        return fmi3Error;
    }
    ModelValues* copy = (ModelValues*)malloc(sizeof(ModelValues));
    if (copy == NULL) {
        return fmi3Error;
    }
    memcpy(copy, serializedState, size);
    *FMUState = copy;
    return fmi3OK;
}

fmi3Status fmi3GetDirectionalDerivative(fmi3Instance instance, const fmi3ValueReference unknowns[], size_t nUnknowns,
                                        const fmi3ValueReference knowns[], size_t nKnowns, const fmi3Float64 seed[], size_t nSeed,
                                        fmi3Float64 sensitivity[], size_t nSensitivity) {
    (void)nSeed;
    (void)nSensitivity;
    INSTANCE(instance)
    for (size_t u = 0; u < nUnknowns; ++u) {
        sensitivity[u] = 0.0;
        for (size_t k = 0; k < nKnowns; ++k) {
            double d;
            ModelStatus s = model_directional_derivative(m, unknowns[u], knowns[k], &d);
            if (s >= ModelError) {
                return (fmi3Status)s;
            }
            sensitivity[u] += d * seed[k];
        }
    }
    return fmi3OK;
}

#ifndef ECS_OMIT_DOSTEP
fmi3Status fmi3DoStep(fmi3Instance instance, fmi3Float64 currentCommunicationPoint, fmi3Float64 communicationStepSize,
                      fmi3Boolean noSetFMUStatePriorToCurrentPoint, fmi3Boolean* eventHandlingNeeded, fmi3Boolean* terminateSimulation,
                      fmi3Boolean* earlyReturn, fmi3Float64* lastSuccessfulTime) {
    (void)noSetFMUStatePriorToCurrentPoint;
    INSTANCE(instance)
    if (!phase_allows(m, "fmi3DoStep", m->phase == PhaseStep)) {
        return fmi3Error;
    }
    StepInfo info = {m->earlyReturnAllowed, false, false, currentCommunicationPoint};
    ModelStatus s = model_step(m, currentCommunicationPoint, communicationStepSize, &info);
    *eventHandlingNeeded = m->eventModeUsed && info.eventNeeded;
    *terminateSimulation = false;
    *earlyReturn = info.earlyReturn;
    *lastSuccessfulTime = m->v.time;
    return fail(m, s);
}
#endif
