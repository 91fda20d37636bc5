#ifndef TAVLE_CMEMORY_H
#define TAVLE_CMEMORY_H

/* Gives the free pages inside the allocator's arenas back to the system (glibc's malloc_trim, which Swift's Glibc
   module leaves out): after a large state is let go, its memory otherwise stays resident. Returns 1 if any was given
   back; 0 elsewhere. */
int tavle_release_free_memory(void);

/* Makes every thread allocate from the one arena (glibc's M_ARENA_MAX), to be called before any thread starts:
   `malloc_trim` gives back the free pages at the top of the main arena but not those at the top of the arenas glibc
   otherwise makes for other threads, so what the dashboard's background work (the snapshot's audit, reading the
   history) let go would stay resident. Does nothing elsewhere. */
void tavle_use_one_arena(void);

#endif
