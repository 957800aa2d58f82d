#include "bench_options.h"

#include <charconv>
#include <string_view>

namespace frontdesk::bench {
namespace {

Result<std::uint64_t> number(std::string_view name, std::string_view text) {
    std::uint64_t value = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || value == 0)
        return fail(ErrorCode::BadInput,
                    std::string(name) + ": '" + std::string(text) + "' is not a positive number");
    return value;
}

// Applies one "--name value" pair.
Result<void> apply(BenchOptions& o, std::string_view name, std::string_view value) {
    if (name == "--dir") {
        o.dir = std::string(value);
        return {};
    }
    if (name == "--as-of") {
        auto d = parseDate(value);
        if (!d) return fail(ErrorCode::BadInput, "--as-of: " + d.error().message);
        o.asOf = *d;
        return {};
    }
    auto n = number(name, value);
    if (!n) return tl::unexpected(n.error());
    if (name == "--patients") o.patients = *n;
    if (name == "--seed") o.seed = *n;
    if (name == "--older-visits") o.olderVisits = static_cast<int>(*n);
    if (name == "--lookups") o.lookups = *n;
    if (name == "--audited-lookups") o.auditedLookups = *n;
    return {};
}

bool takesValue(std::string_view arg) {
    return arg == "--patients" || arg == "--seed" || arg == "--older-visits" || arg == "--as-of" ||
           arg == "--dir" || arg == "--lookups" || arg == "--audited-lookups";
}

}  // namespace

Result<BenchOptions> takeBenchOptions(int& argc, char** argv) {
    BenchOptions o;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--rebuild") {
            o.rebuild = true;
        } else if (arg == "--keep-import") {
            o.keepImport = true;
        } else if (takesValue(arg)) {
            if (i + 1 >= argc)
                return fail(ErrorCode::BadInput, std::string(arg) + " needs a value");
            if (auto ok = apply(o, arg, argv[++i]); !ok) return tl::unexpected(ok.error());
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    return o;
}

std::string benchUsage() {
    return "frontdesk_bench options (before or among Google Benchmark's --benchmark_*):\n"
           "  --patients N         clinic size (default 1000000)\n"
           "  --seed S             demo generator seed (default 42)\n"
           "  --older-visits N     settled history: up to N older paid visits a patient\n"
           "                       (default 3: about 25 ledger entries per patient)\n"
           "  --as-of YYYY-MM-DD   the as-of date (default 2026-11-26)\n"
           "  --dir PATH           where the clinic, its CSV files and the import database live\n"
           "                       (default /tmp/frontdesk-bench); reused when present\n"
           "  --lookups N          lookups per read-path latency benchmark (default 100000)\n"
           "  --audited-lookups N  audited lookups (one fsync each; default 5000)\n"
           "  --rebuild            build the clinic and its CSV files again\n"
           "  --keep-import        keep the CSV import's database (DIR/import.db)\n";
}

}  // namespace frontdesk::bench
