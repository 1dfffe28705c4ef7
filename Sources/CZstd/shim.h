#if __has_include(<zstd.h>)
#include <zstd.h>
#else
#error "zstd.h not found: install libzstd-dev (apt-get install libzstd-dev, or `make deps`)"
#endif

