#ifndef LIAISON_CSQLITE3_SHIM_H
#define LIAISON_CSQLITE3_SHIM_H
// The session extension is compiled into Debian's libsqlite3 but declared only
// when these are defined before the include.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer; Swift cannot import it.
static inline sqlite3_destructor_type liaison_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
#endif
