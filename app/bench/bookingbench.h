#pragma once

#include "store/store.h"

namespace Accueil {

// The booking page's availability endpoint under load: an in-process booking server on loopback
// and wrk (Debian package) with 32 connections for `seconds`; prints requests per second and
// latency percentiles. Returns false (with a sentence on stderr) when wrk is missing or fails.
bool bookingApiBenchmark(Store &store, int seconds);

} // namespace Accueil
