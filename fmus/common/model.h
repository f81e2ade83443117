/* Interface between a model's equations (model.c) and the FMI glue (fmi2_glue.c / fmi3_glue.c).
 * Value references are unique across types so one numbering serves FMI 2 and FMI 3:
 * Reals 0.., Integers 100.., Booleans 200.., Strings 300.. */
#ifndef ECS_MODEL_H
#define ECS_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"

#define VR_INTEGER_BASE 100u
#define VR_BOOLEAN_BASE 200u
#define VR_STRING_BASE 300u
#define STRING_CAPACITY 64
/* FMI 3 declares the independent variable (time) with this value reference; it is read-only. */
#define VR_TIME 999u

typedef enum { ModelOK = 0, ModelWarning = 1, ModelDiscard = 2, ModelError = 3, ModelFatal = 4 } ModelStatus;

/* Everything that makes up the model's state: copied as a whole for get/set/serialise FMU state. */
typedef struct {
    double time;
    double real[N_REAL];
    int32_t integer[N_INTEGER > 0 ? N_INTEGER : 1];
    bool boolean[N_BOOLEAN > 0 ? N_BOOLEAN : 1];
    char string[N_STRING > 0 ? N_STRING : 1][STRING_CAPACITY];
    /* FMI 3 only: one variable of each further type (and two arrays), for the importer's typed-access tests.
     * Value references: 400 Float32[3], 401 Int8, 402 UInt8, 403 Int16, 404 UInt16, 405 UInt32, 406 Int64,
     * 407 UInt64, 408 Binary, 409 Float64[2]. Only models whose FMI3.xml declares them expose them. */
    float f32[3];
    int8_t i8;
    uint8_t u8;
    int16_t i16;
    uint16_t u16;
    uint32_t u32;
    int64_t i64;
    uint64_t u64;
    uint8_t binary[16];
    size_t binarySize;
    double f64array[2];
} ModelValues;

typedef enum { PhaseInstantiated, PhaseInitialization, PhaseStep, PhaseEvent, PhaseTerminated, PhaseFailed } ModelPhase;

typedef struct ModelInstance ModelInstance;
typedef void (*ModelLogFunction)(ModelInstance* m, ModelStatus status, const char* category, const char* message);

struct ModelInstance {
    ModelValues v;
    char name[128];
    bool loggingOn;
    bool earlyReturnAllowed;
    bool eventModeUsed;
    ModelPhase phase;
    ModelLogFunction log;
    void* environment;
    const void* callbacks;
};

/* What a step reports beyond its status. */
typedef struct {
    bool earlyReturnAllowed;
    bool earlyReturn;
    bool eventNeeded;
    double lastSuccessfulTime;
} StepInfo;

/* Implemented by each model.c. */
void model_defaults(ModelValues* v);
ModelStatus model_check_real(ModelInstance* m, unsigned index, double value);
ModelStatus model_initialize(ModelInstance* m);
ModelStatus model_step(ModelInstance* m, double t, double h, StepInfo* info);
ModelStatus model_event_update(ModelInstance* m);
ModelStatus model_directional_derivative(ModelInstance* m, unsigned unknown, unsigned known, double* value);

/* Implemented once in model_common.c. */
void model_log(ModelInstance* m, ModelStatus status, const char* category, const char* format, ...);
bool model_locate(unsigned vr, char* kind, unsigned* index);

#endif
