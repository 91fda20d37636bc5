#include "CConfusables.h"
#include <pthread.h>
#include <stddef.h>

/* ICU's spoof checker, as lib_FoundationICU exports it. */
typedef struct USpoofChecker USpoofChecker;
extern USpoofChecker *swift_uspoof_open(int32_t *status);
extern int32_t swift_uspoof_getSkeleton(const USpoofChecker *checker, uint32_t type, const uint16_t *text, int32_t length,
                                        uint16_t *out, int32_t capacity, int32_t *status);

static USpoofChecker *checker = NULL;
static pthread_once_t opened = PTHREAD_ONCE_INIT;

static void open_checker(void) {
    int32_t status = 0;
    USpoofChecker *c = swift_uspoof_open(&status);
    if (status <= 0) checker = c;   /* ICU: a status above zero is an error */
}

int32_t tavle_skeleton(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    pthread_once(&opened, open_checker);
    if (checker == NULL) return -1;
    int32_t status = 0;
    /* A checker is safe to share between threads for this call, which does not change it. */
    int32_t n = swift_uspoof_getSkeleton(checker, 0, text, length, out, capacity, &status);
    /* U_BUFFER_OVERFLOW_ERROR (15): the length needed is returned. */
    if (status > 0 && status != 15) return -1;
    return n;
}
