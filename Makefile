# geotone — the two commands users need are `make analyze` and `make test`.
APT_PKGS := libsqlite3-dev libcsv-dev zlib1g-dev libbz2-dev liblzma-dev libzstd-dev
SWIFT    ?= swift
BIN      := .build/release/geotone
CORPUS   ?= Datasets/articles
OUT      ?= out
# The sample stories carry datelines without a year; they were written for 2024.
ANALYZE_FLAGS ?= --default-year 2024

.PHONY: deps build test analyze golden dependent-package bench stages accuracy sentiment-eval clean

deps:
	@missing=""; \
	for p in $(APT_PKGS); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "error: missing system packages:$$missing (no apt-get here; install the equivalents of:$$missing)" >&2; exit 1; fi; \
	if [ "$$(id -u)" -eq 0 ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; \
	else echo "error: missing apt packages:$$missing; run: sudo apt-get update && sudo apt-get install -y$$missing" >&2; exit 1; fi; \
	echo "make deps: installing$$missing"; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null && \
	echo "make deps: installed$$missing"

# Swift's build tools leave empty TemporaryDirectory.* folders in $TMPDIR on every call (swiftlang/swift-driver#2049):
# each swift command below gets a temporary folder of its own under .build/, removed when it is done.
SWIFT_TMP = tmp=$$(mkdir -p .build && mktemp -d "$(CURDIR)/.build/tmp.XXXXXX") && export TMPDIR="$$tmp" && trap 'rm -rf "$$tmp"' EXIT

build: deps
	@$(SWIFT_TMP); set -x; $(SWIFT) build -c release --product geotone

analyze: build
	$(BIN) analyze $(CORPUS) --out $(OUT) $(ANALYZE_FLAGS)

test: deps
	@$(SWIFT_TMP); set -x; $(SWIFT) build -c release --product geotone && GEOTONE_BIN=$(CURDIR)/$(BIN) $(SWIFT) test

# Records the seven CSV tables of the sample corpus as the golden copies that GoldenOutputTests compares byte for byte
# (Tests/Golden/sample-corpus). Run it only when an output is meant to change, and commit the difference with the change.
golden: build
	rm -rf .build/golden
	$(BIN) analyze Datasets/articles --out .build/golden $(ANALYZE_FLAGS) --quiet
	cp .build/golden/*.csv Tests/Golden/sample-corpus/
	@git diff --stat -- Tests/Golden/sample-corpus || true

# A package that declares GeoTone as a dependency (Tests/DependentPackage) builds: the commit GEOTONE_REVISION (default
# HEAD) is cloned to .build-dependent/<commit>/geotone.git and tagged there as version 999.0.0, the form of dependency
# in which SwiftPM refuses unsafe build flags (a fresh URL per commit, so no cached clone or moved tag is ever used).
# Uncommitted changes are not part of the check. 25-70 s, with the load (a debug build of GeoTone).
GEOTONE_REVISION ?= HEAD
dependent-package: deps
	@$(SWIFT_TMP); set -e; commit=$$(git rev-parse $(GEOTONE_REVISION)); repo=$(CURDIR)/.build-dependent/$$commit/geotone.git; \
	  rm -rf .build-dependent Tests/DependentPackage/Package.resolved; mkdir -p .build-dependent/$$commit; \
	  git clone -q --bare . $$repo; git -C $$repo tag -f 999.0.0 $$commit >/dev/null; \
	  set -x; GEOTONE_REPOSITORY=$$repo $(SWIFT) build --package-path Tests/DependentPackage --scratch-path .build-dependent/build \
	  && .build-dependent/build/debug/GeoToneDependent

bench: build
	bash Scripts/bench.sh

# Instructions per input byte by pipeline stage (callgrind; needs valgrind).
stages: build
	python3 Scripts/bench/stages.py

accuracy: build
	bash Scripts/accuracy.sh

# Pearson r and macro-F1 of each scoring mode against the human ratings in ../shared/corpora (skips without them):
# NYT editorials, NewsMTSC train (as written, Title Case, ALL CAPS; halves A/B) and its country targets via analyze.
sentiment-eval: deps
	$(SWIFT) test --filter "NYTEvaluationTests|NewsMTSCEvaluationTests" 2>&1 | grep -E "^NYT |^EVAL |skipped|passed|failed"

clean:
	$(SWIFT) package clean
	rm -rf $(OUT)

# Reliability (Documentation/Reliability.md): libFuzzer targets for the readers, tokenizer and matcher
# (FUZZ_SECONDS per target, default 60), and the test suite under AddressSanitizer in its own build folder.
.PHONY: fuzz test-asan spreadsheet-check
fuzz: deps
	bash Scripts/fuzz.sh

# detect_leaks=0: the empty XCTest pass of `swift test` leaks a few objects inside libXCTest itself.
# GEOTONE_TEST_SANITIZED=1 lifts the CLI tests' memory and time limits (ASan inflates both);
# 20,000 instead of 200,000 tiny articles keeps that case to a minute or so.
test-asan: deps
	$(SWIFT) build --product geotone --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 GEOTONE_TEST_SANITIZED=1 GEOTONE_HOSTILE_ARTICLES=20000 \
	  GEOTONE_BIN=$(CURDIR)/.build-asan/debug/geotone $(SWIFT) test --sanitize=address --scratch-path .build-asan

spreadsheet-check: build
	GEOTONE_BIN=$(CURDIR)/$(BIN) bash Scripts/spreadsheet-check.sh

# Scale-out recipes (Documentation/ScaleOut.md). slurm-check: a throwaway one-node Slurm runs Deploy/slurm/submit.sh
# (an array of 3 and a merge) and a failing shard; Debian's slurmctld slurmd slurm-client munge (about 14 MB) are
# installed when missing and possible. kube-check: the manifests validated offline against the Kubernetes schemas
# (pip package kubernetes-validate, installed when missing and possible) and the Indexed Job simulated with local
# processes. Both skip with a message where they cannot run.
SLURM_PKGS := slurmctld slurmd slurm-client munge
.PHONY: slurm-check kube-check
slurm-check: build
	@missing=""; \
	for p in $(SLURM_PKGS); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" -eq 0 ]; then \
	  echo "make slurm-check: installing$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	    || echo "make slurm-check: could not install$$missing"; \
	fi
	GEOTONE_BIN=$(CURDIR)/$(BIN) bash Scripts/slurm-check.sh

kube-check: build
	@if ! command -v kubernetes-validate >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then \
	  echo "make kube-check: installing kubernetes-validate (pip)"; \
	  python3 -m pip install -q kubernetes-validate 2>/dev/null || python3 -m pip install -q --break-system-packages kubernetes-validate 2>/dev/null \
	    || echo "make kube-check: could not install kubernetes-validate"; \
	fi
	GEOTONE_BIN=$(CURDIR)/$(BIN) bash Scripts/kube-check.sh
