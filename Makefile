# One short word for each thing a newcomer wants; CMake presets stay the real build.
# make run    install, build and start the check-in kiosk on the built-in demo clinic
# make test   install, build and run every test under the sanitizers, warnings as errors (.ci/run)
# make bench  build and run the benchmarks (a large clinic; see docs/BENCHMARKS.md)
# make lint   clang-format (check) and clang-tidy on the changed C++ files; ALL=1 on every one
# make fuzz   build the fuzz targets (clang-14) and run each SECONDS seconds (docs/reliability.md)

# release: the optimized build the programs run from; PRESET=dev or PRESET=asan while working.
# make test always builds the ci preset (build/ci): the sanitizers, warnings as errors.
PRESET ?= release
BUILD := build/$(PRESET)

.PHONY: deps build run desk worklist screenshots test bench fuzz lint format clean

deps:
	./scripts/install-deps.sh

build: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET)

run: build
	$(BUILD)/kiosk/frontdesk-kiosk --config config/policy.toml

# The desk and phone panel on the same built-in demo clinic (calls on 127.0.0.1:7010).
desk: build
	$(BUILD)/desk/frontdesk-desk --config config/policy.toml

# Today's visitors of the demo clinic `make run` and `make desk` open: name, birth date,
# appointment code and prompt state, all the kiosk needs to check a patient in.
worklist: build
	$(BUILD)/cli/frontdesk visitors --config config/policy.toml

# PNGs of every kiosk screen at 1920x1080, 1280x800 and 1080x1920, and of the desk panel at
# 1366x768, 1600x900 and 1920x1080, in English, Spanish and Romanian (docs/screenshots/).
screenshots: build
	QT_QPA_PLATFORM=offscreen ./scripts/kiosk-screenshots.sh $(BUILD) docs/screenshots
	QT_QPA_PLATFORM=offscreen ./scripts/desk-screenshots.sh $(BUILD) docs/screenshots

# Every test, once, on the ci preset: AddressSanitizer and UndefinedBehaviorSanitizer (the first
# finding fails its test, halt_on_error; leaks included: scripts/lsan.supp lists the few
# libraries outside this project that keep memory until exit on purpose) and warnings as errors.
# One build instead of an optimized one and a sanitized one keeps CI well inside its time.
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan.supp:print_suppressions=0
test: deps
	cmake --preset ci
	cmake --build --preset ci
	$(SANITIZER_ENV) ctest --preset ci --output-on-failure -j2

bench:
	$(MAKE) build PRESET=release
	build/release/bench/frontdesk_bench

# Every fuzz target of fuzz/, SECONDS each (default 30), JOBS at a time; TARGETS to choose some.
SECONDS ?= 30
JOBS ?= 1
fuzz: deps
	./scripts/fuzz.sh --seconds $(SECONDS) --jobs $(JOBS) $(TARGETS)

# Needs a build for clang-tidy's compile commands: build/ci (make test), or PRESET=dev after a
# dev build.
lint:
	./scripts/lint.sh $(if $(ALL),--all) build/$(if $(filter command line environment,$(origin PRESET)),$(PRESET),ci)

format:
	clang-format-14 -i $$(git ls-files '*.cpp' '*.h' '*.c')

clean:
	rm -rf build
