// careertalk/export.hpp: CAREERTALK_EXPORT marks what the compiled facade (facade.hpp) exports.
// The libraries are built with hidden visibility, so only these names are in the shared
// library's interface. On Windows, the facade's objects are compiled with
// CAREERTALK_BUILDING_SHARED (dllexport) and careertalk::compiled_shared gives its users
// CAREERTALK_SHARED (dllimport).
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
