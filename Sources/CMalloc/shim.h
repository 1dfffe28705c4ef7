/* glibc's allocator controls (mallopt, malloc_trim): part of libc itself, nothing to link. */
#include <malloc.h>
