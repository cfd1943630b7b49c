// A main for the libFuzzer targets without libFuzzer: feeds every file of the given
// directories (or the given files) to LLVMFuzzerTestOneInput once. CTest runs each target's
// seed corpus this way in every preset, so each crash once found stays a regression test.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int replay(const std::filesystem::path& file) {
    std::ifstream in{file, std::ios::binary};
    const std::vector<char> bytes{std::istreambuf_iterator<char>{in}, {}};
    // A copy on the heap of exactly the input's size, so ASan sees reads past its end.
    const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
    std::printf("%s (%zu bytes)\n", file.string().c_str(), data.size());
    std::fflush(stdout);
    return LLVMFuzzerTestOneInput(data.data(), data.size());
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t n = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path p{argv[i]};
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(p)) {
            for (const auto& e : std::filesystem::directory_iterator{p})
                if (e.is_regular_file()) files.push_back(e.path());
        } else {
            files.push_back(p);
        }
        for (const auto& f : files) {
            replay(f);
            ++n;
        }
    }
    std::printf("%zu inputs replayed\n", n);
    return n == 0 ? 1 : 0;
}
