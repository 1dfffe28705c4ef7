#if __has_include(<zlib.h>)
#include <zlib.h>
#else
#error "zlib.h not found: install zlib1g-dev (apt-get install zlib1g-dev, or `make deps`)"
#endif

/* inflateInit2 is a macro: Swift cannot call it. 15 + 32: a zlib or gzip header, detected. */
static inline int czlib_inflate_init(z_stream *s) { return inflateInit2(s, 15 + 32); }
