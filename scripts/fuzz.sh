#!/usr/bin/env bash
# make fuzz / CI: builds the libFuzzer targets of fuzz/ (the fuzz preset: clang-14 with
# address and undefined-behaviour sanitizers) and runs each for SECONDS seconds, starting from
# its corpus (fuzz/corpus/<target>, read only: new inputs go to build/fuzz/corpus/<target>)
# with its dictionary. A crash, a leak, a timeout or a broken promise fails the run: the
# reproducer is kept in build/fuzz/crashes/<target>/, shown, and the command that replays it
# is printed. docs/reliability.md tells more.
#
#   scripts/fuzz.sh [--seconds N] [--jobs J] [--no-build] [TARGET...]
#     --seconds N  how long each target runs (default 20)
#     --jobs J     how many targets run at once (default 1; 2 on CI's two cores)
#     --no-build   use the targets already built in build/fuzz
#     TARGET       fuzz/<TARGET>.cpp; default: every target (or $FUZZ_TARGETS)
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/fuzz
seconds=20
jobs=1
do_build=true
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        --no-build) do_build=false; shift ;;
        --run-one) run_one="$2"; shift 2 ;;
        -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done

# The dictionary of each target (fuzz/dict/).
dictionary() {
    case "$1" in
        csv_reader | csv_import) echo fuzz/dict/csv.dict ;;
        config) echo fuzz/dict/toml.dict ;;
        money) echo fuzz/dict/money.dict ;;
        fhir_resources | cds_hooks | jwt | jwks) echo fuzz/dict/json.dict ;;
        *) echo "" ;;
    esac
}

# The longest input of each target. libFuzzer's default is the longest seed, which kept the
# money target under the 17 digits that overflow int64 cents.
maxLength() {
    case "$1" in
        money | date) echo 64 ;;
        *) echo 16384 ;;
    esac
}

# Runs one target; its log is build/fuzz/logs/<target>.log. Exit status: the fuzzer's.
runOne() {
    local target="$1" log="$build/logs/$1.log" crashes="$build/crashes/$1/"
    local dict status=0
    dict=$(dictionary "$target")
    mkdir -p "$build/corpus/$target" "$crashes" "$build/logs"
    nice -n 10 "$build/fuzz/fuzz_$target" "$build/corpus/$target" "fuzz/corpus/$target" \
        -max_total_time="$seconds" -max_len="$(maxLength "$target")" -timeout=25 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes" ${dict:+-dict="$dict"} >"$log" 2>&1 || status=$?
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [[ $status -eq 0 ]]; then
        printf 'fuzz: %-15s ok     %10s executions in %ss\n' "$target" "${execs:-?}" "$seconds"
        return 0
    fi
    printf 'fuzz: %-15s FAILED (exit %d)\n' "$target" "$status"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: broken promise|.*runtime error)' "$log" | head -5 |
        sed 's/^/fuzz:   /'
    local input
    input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    if [[ -n "$input" ]]; then
        echo "fuzz:   reproducer: $input ($(wc -c <"$input") bytes); its first bytes:"
        head -c 512 "$input" | od -A d -c | head -12 | sed 's/^/fuzz:     /'
        echo "fuzz:   replay: $build/fuzz/fuzz_$target $input"
    fi
    echo "fuzz:   the whole log: $log (last lines follow)"
    tail -25 "$log" | sed 's/^/fuzz:   | /'
    return "$status"
}

if [[ -n "${run_one:-}" ]]; then
    runOne "$run_one"
    exit $?
fi

if [[ ${#targets[@]} -eq 0 && -n "${FUZZ_TARGETS:-}" ]]; then
    read -r -a targets <<<"$FUZZ_TARGETS"
fi
if [[ ${#targets[@]} -eq 0 ]]; then
    for source in fuzz/*.cpp; do
        name=$(basename "$source" .cpp)
        [[ "$name" == replay_main ]] || targets+=("$name")
    done
fi

if $do_build; then
    command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 is missing (make deps)" >&2; exit 2; }
    started=$(date +%s)
    cmake --preset fuzz >/dev/null
    nice cmake --build --preset fuzz
    echo "fuzz: built in $(($(date +%s) - started))s"
fi

echo "fuzz: ${#targets[@]} targets, ${seconds}s each, $jobs at a time"
started=$(date +%s)
status=0
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} "$0" --seconds "$seconds" --run-one {} ||
    status=$?
echo "fuzz: ran in $(($(date +%s) - started))s"
if [[ $status -ne 0 ]]; then
    echo "fuzz: FAILED: see the reproducers above (docs/reliability.md: what to do with one)" >&2
    exit 1
fi
echo "fuzz: no crash"
