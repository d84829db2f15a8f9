// expect-error: cannot find include file 'nope.h'
#include "nope.h"
