/* glibc's allocator settings (mallopt); part of libc, nothing to link. */
#include <malloc.h>
