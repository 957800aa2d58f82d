#!/usr/bin/env bash
# make lint: what the repository promises about its C++ code, checked.
#   clang-format (.clang-format) in check mode: every file must already be formatted;
#   clang-tidy (.clang-tidy, and the folders' own) with every warning an error.
# By default both look at the C++ files changed since the upstream branch or main (committed,
# staged, unstaged or new); with --all, at every C++ file of the repository (CI does that).
# clang-tidy reads the compile commands of BUILD_DIR (default build/ci), so build first.
# --programs-only: clang-tidy skips tests/, bench/ and fuzz/ (clang-format still checks them).
# CI uses it with --all: clang-tidy on all 190 files takes about 16 minutes of CI's 40 on its
# two cores, on the programs' 100 about 9.
#
#   scripts/lint.sh [--all] [--programs-only] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

all=false
programs_only=false
build=build/ci
for arg in "$@"; do
    case "$arg" in
        --all) all=true ;;
        --programs-only) programs_only=true ;;
        -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) build="$arg" ;;
    esac
done

format=clang-format-14
tidy=clang-tidy-14
for tool in "$format" "$tidy"; do
    command -v "$tool" >/dev/null || { echo "lint: $tool is not installed (make deps)" >&2; exit 2; }
done
if [[ ! -f "$build/compile_commands.json" ]]; then
    echo "lint: $build/compile_commands.json is missing: build first (make build)" >&2
    exit 2
fi

cxx_files() { grep -E '\.(cpp|h|c)$' || true; }
if $all; then
    files=$(git ls-files | cxx_files)
else
    base=$(git merge-base HEAD '@{upstream}' 2>/dev/null || git merge-base HEAD main 2>/dev/null ||
        git rev-parse HEAD)
    files=$({ git diff --name-only --diff-filter=d "$base"; git ls-files --others --exclude-standard; } |
        sort -u | cxx_files)
fi
if [[ -z "$files" ]]; then
    echo "lint: no changed C++ files (scripts/lint.sh --all checks every one)"
    exit 0
fi

status=0
echo "lint: clang-format on $(wc -w <<<"$files") files"
# shellcheck disable=SC2086
if ! $format --dry-run --Werror $files; then
    echo "lint: run 'make format' to format them" >&2
    status=1
fi

# Headers are checked through the sources that include them (the project's own only).
sources=$(grep -E '\.(cpp|c)$' <<<"$files" || true)
if $programs_only; then
    sources=$(grep -vE '^(tests|bench|fuzz)/' <<<"$sources" || true)
fi
if [[ -n "$sources" ]]; then
    echo "lint: clang-tidy on $(wc -w <<<"$sources") files"
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    # shellcheck disable=SC2086
    if ! printf '%s\n' $sources | xargs -P "$(nproc)" -n 1 "$tidy" -p "$build" --quiet \
            --warnings-as-errors='*' --extra-arg=-Wno-unknown-warning-option \
            --header-filter="^$PWD/(shared|plugin|server|cli|kiosk|desk|qml|prompt|app|tools|tests|bench)/" \
            >"$log" 2>&1; then
        status=1
    fi
    grep -E '(warning|error):' "$log" | sort -u || true
fi
if [[ $status -ne 0 ]]; then
    echo "lint: failed" >&2
else
    echo "lint: clean"
fi
exit $status
