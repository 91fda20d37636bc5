#ifndef TAVLE_CSEARCH_H
#define TAVLE_CSEARCH_H
#include <stddef.h>

/* memmem, a GNU extension that Swift's Glibc module leaves out: the first place a byte string occurs in another. */
const void *tavle_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
