#if __has_include(<sqlite3.h>)
#include <sqlite3.h>
#else
#error "sqlite3.h not found: install libsqlite3-dev (apt-get install libsqlite3-dev, or `make deps`)"
#endif
/* SQLITE_TRANSIENT is ((sqlite3_destructor_type)-1), which Swift cannot import as a constant. */
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }
