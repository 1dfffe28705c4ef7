#if __has_include(<bzlib.h>)
#include <bzlib.h>
#else
#error "bzlib.h not found: install libbz2-dev (apt-get install libbz2-dev, or `make deps`)"
#endif

