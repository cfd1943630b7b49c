// careertalk/export.hpp: CAREERTALK_EXPORT marks what the compiled facade (facade.hpp) exports.
// The libraries are built with hidden visibility, so only these names are in the shared
// library's interface. careertalk::compiled_shared defines CAREERTALK_SHARED for its users
// (dllimport on Windows) and CAREERTALK_BUILDING_SHARED for itself (dllexport).
#pragma once

#if defined(_WIN32) && defined(CAREERTALK_SHARED)
#if defined(CAREERTALK_BUILDING_SHARED)
#define CAREERTALK_EXPORT __declspec(dllexport)
#else
#define CAREERTALK_EXPORT __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define CAREERTALK_EXPORT __attribute__((visibility("default")))
#else
#define CAREERTALK_EXPORT
#endif
