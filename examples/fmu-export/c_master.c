/* A minimal FMI 2.0 co-simulation master in plain C (no .NET in the process): loads an unpacked EnergyCoSim market FMU,
 * steps it over its episode and prints the clearing price and the first agent's SoC per market interval.
 * Build: gcc -O2 -o c_master c_master.c -ldl
 * Run:   ./c_master <unpacked fmu dir> <guid from modelDescription.xml> [step seconds] */
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef void (*logger_t)(void *, const char *, int, const char *, const char *, ...);
typedef struct { logger_t logger; void *allocate; void *free; void *stepFinished; void *env; } callbacks_t;

static void log_message(void *env, const char *instance, int status, const char *category, const char *message, ...) {
    va_list args;
    va_start(args, message);
    fprintf(stderr, "[%s status %d %s] ", instance, status, category);
    vfprintf(stderr, message, args);
    fputc('\n', stderr);
    va_end(args);
}

#define BIND(name) name##_t name = (name##_t)dlsym(lib, #name); if (!name) { fprintf(stderr, "missing %s\n", #name); return 2; }
typedef void *(*fmi2Instantiate_t)(const char *, int, const char *, const char *, const callbacks_t *, int, int);
typedef int (*fmi2SetupExperiment_t)(void *, int, double, double, int, double);
typedef int (*fmi2EnterInitializationMode_t)(void *);
typedef int (*fmi2ExitInitializationMode_t)(void *);
typedef int (*fmi2DoStep_t)(void *, double, double, int);
typedef int (*fmi2GetReal_t)(void *, const unsigned *, size_t, double *);
typedef int (*fmi2GetInteger_t)(void *, const unsigned *, size_t, int *);
typedef int (*fmi2Terminate_t)(void *);
typedef void (*fmi2FreeInstance_t)(void *);

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s <unpacked fmu dir> <guid> [step seconds]\n", argv[0]); return 1; }
    char path[4096], uri[4096];
    snprintf(path, sizeof path, "%s/binaries/linux64/EnergyCoSimMarket.so", argv[1]);
    snprintf(uri, sizeof uri, "file://%s/resources", argv[1]);
    double step = argc > 3 ? atof(argv[3]) : 3600;
    void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) { fprintf(stderr, "%s\n", dlerror()); return 2; }
    BIND(fmi2Instantiate) BIND(fmi2SetupExperiment) BIND(fmi2EnterInitializationMode) BIND(fmi2ExitInitializationMode)
    BIND(fmi2DoStep) BIND(fmi2GetReal) BIND(fmi2GetInteger) BIND(fmi2Terminate) BIND(fmi2FreeInstance)
    callbacks_t cb = { log_message, NULL, NULL, NULL, NULL };
    void *c = fmi2Instantiate("market", 1, argv[2], uri, &cb, 0, 0);
    if (!c) return 3;
    if (fmi2SetupExperiment(c, 0, 0, 0, 0, 0) || fmi2EnterInitializationMode(c) || fmi2ExitInitializationMode(c)) return 4;
    /* Value references: 8 = market.clearing_price_usd_per_mwh, 20 = first agent's soc, 14 = market.step. */
    const unsigned reals[] = { 8, 20 }, steps[] = { 14 };
    printf("time_s,market_step,clearing_price_usd_per_mwh,agent0_soc\n");
    for (double t = 0; t < 86400 - 1e-9; t += step) {
        double values[2];
        int k;
        if (fmi2DoStep(c, t, step, 0) || fmi2GetReal(c, reals, 2, values) || fmi2GetInteger(c, steps, 1, &k)) return 5;
        printf("%g,%d,%.17g,%.17g\n", t + step, k, values[0], values[1]);
    }
    fmi2Terminate(c);
    fmi2FreeInstance(c);
    return 0;
}
