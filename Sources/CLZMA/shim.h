#if __has_include(<lzma.h>)
#include <lzma.h>
#else
#error "lzma.h not found: install liblzma-dev (apt-get install liblzma-dev, or `make deps`)"
#endif


/* LZMA_CONCATENATED is UINT32_C(0x08): Swift cannot import it. */
static inline uint32_t clzma_concatenated(void) { return LZMA_CONCATENATED; }
