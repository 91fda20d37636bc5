#ifndef TAVLE_CMEMORY_H
#define TAVLE_CMEMORY_H

/* Gives the free pages inside the allocator's arenas back to the system (glibc's malloc_trim, which Swift's Glibc
   module leaves out): after a large state is let go, its memory otherwise stays resident. Returns 1 if any was given
   back; 0 elsewhere. */
int tavle_release_free_memory(void);

#endif
