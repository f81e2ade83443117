#ifndef HOUSEHOLD_CONFIG_H
#define HOUSEHOLD_CONFIG_H

#define MODEL_IDENTIFIER "Household"
#define INSTANTIATION_TOKEN "{2b1f6f0e-5a51-4d7c-9a4b-6f1e0c0d1e01}"
#define N_REAL 9
#define N_INTEGER 1
#define N_BOOLEAN 1
#define N_STRING 1

enum { pv_peak_kW, base_load_kW, load_amplitude_kW, sunrise_s, sunset_s, pv_limit_kW, pv_kW, load_kW, net_kW };
enum { day };
enum { daylight };
enum { site };

#endif
