#include "CChecksum.h"
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <nmmintrin.h>

int tavle_crc32c_hardware(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    return (c & bit_SSE4_2) != 0;
}

__attribute__((target("sse4.2")))
uint32_t tavle_crc32c_update(uint32_t register_value, const void *bytes, size_t length) {
    const unsigned char *p = bytes;
    uint64_t c = register_value;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
        p += 8;
        length -= 8;
    }
    uint32_t r = (uint32_t)c;
    while (length > 0) {
        r = _mm_crc32_u8(r, *p);
        p += 1;
        length -= 1;
    }
    return r;
}
#else
int tavle_crc32c_hardware(void) { return 0; }

uint32_t tavle_crc32c_update(uint32_t register_value, const void *bytes, size_t length) {
    (void)bytes; (void)length;
    return register_value;
}
#endif
