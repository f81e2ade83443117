#ifndef FAULTY_CONFIG_H
#define FAULTY_CONFIG_H

#define MODEL_IDENTIFIER "Faulty"
#define INSTANTIATION_TOKEN "{f0a17e57-0000-4bad-8bad-00000000fa17}"
#define N_REAL 8
#define N_INTEGER 1
#define N_BOOLEAN 1
#define N_STRING 1

enum { warn_at_s, discard_at_s, fail_at_s, event_at_s, limit, x, u, y };
enum { events };
enum { fail_in_init };
enum { note };

#endif
