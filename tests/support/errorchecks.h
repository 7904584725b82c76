#pragma once

#include "catch.h"
#include "store/storeerror.h"

#include <optional>

namespace Accueil::Test {

// The kind and code of an error caught by storeErrorFrom; the test stops there (REQUIRE) when
// nothing was thrown, instead of reading an empty optional.
inline StoreError::Kind kindOf(const std::optional<StoreError> &error)
{
    REQUIRE(error);
    return error->kind();
}

inline QString codeOf(const std::optional<StoreError> &error)
{
    REQUIRE(error);
    return error->code();
}

} // namespace Accueil::Test
