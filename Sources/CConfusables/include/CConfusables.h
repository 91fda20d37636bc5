#ifndef TAVLE_CCONFUSABLES_H
#define TAVLE_CCONFUSABLES_H
#include <stdint.h>

/* The UTS #39 confusables skeleton of a UTF-16 string, by the ICU that ships with Swift's Foundation (its spoof
   checker, exported as swift_uspoof_*). Writes at most `capacity` code units to `out` and returns how many the
   skeleton has, or -1 when ICU could not make one. */
int32_t tavle_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

#endif
