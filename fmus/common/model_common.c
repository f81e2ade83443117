#include <stdarg.h>
#include <stdio.h>

#include "model.h"

/* Messages are formatted here so that the importer never has to expand a C format string
 * (FMI 2's logger is variadic and cannot be expanded safely from managed code). A literal
 * '%' would be read as a format by an FMI 2 importer that does expand, so it is replaced. */
void model_log(ModelInstance* m, ModelStatus status, const char* category, const char* format, ...) {
    if (m == NULL || m->log == NULL) {
        return;
    }
    if (!m->loggingOn && status == ModelOK) {
        return;
    }
    char buffer[512];
    va_list args;
    va_start(args, format);
    vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    for (char* p = buffer; *p != '\0'; ++p) {
        if (*p == '%') {
            *p = ' ';
        }
    }
    m->log(m, status, category, buffer);
}

bool model_locate(unsigned vr, char* kind, unsigned* index) {
    if (vr < N_REAL) {
        *kind = 'r';
        *index = vr;
        return true;
    }
    if (vr >= VR_INTEGER_BASE && vr < VR_INTEGER_BASE + N_INTEGER) {
        *kind = 'i';
        *index = vr - VR_INTEGER_BASE;
        return true;
    }
    if (vr >= VR_BOOLEAN_BASE && vr < VR_BOOLEAN_BASE + N_BOOLEAN) {
        *kind = 'b';
        *index = vr - VR_BOOLEAN_BASE;
        return true;
    }
    if (vr >= VR_STRING_BASE && vr < VR_STRING_BASE + N_STRING) {
        *kind = 's';
        *index = vr - VR_STRING_BASE;
        return true;
    }
    return false;
}
