// Boost.JSON compiled into the WebAssembly module (there is no libboost_json for it).
#include <boost/json/src.hpp>
