#ifndef TAVLE_CCHECKSUM_H
#define TAVLE_CCHECKSUM_H
#include <stddef.h>
#include <stdint.h>

/* Whether this processor computes CRC-32C itself (x86-64's SSE 4.2 crc32 instruction). */
int tavle_crc32c_hardware(void);

/* CRC-32C's register after `length` more bytes, by the processor's instruction; only where
   tavle_crc32c_hardware() says it has one. The register is the checksum's complement, as in the table's loop. */
uint32_t tavle_crc32c_update(uint32_t register_value, const void *bytes, size_t length);

#endif
