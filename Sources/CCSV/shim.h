#if __has_include(<csv.h>)
#include <csv.h>
#else
#error "csv.h not found: install libcsv-dev (apt-get install libcsv-dev, or `make deps`)"
#endif
