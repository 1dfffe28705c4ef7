#!/usr/bin/env python3
"""make stages: instructions per input byte of `geotone analyze`, whole process and by pipeline stage.

Runs the release build under callgrind on one corpus with `--jobs 1` (instruction counts do not depend on the
machine's load, unlike wall times) and prints, for each stage of Documentation/Performance.md's table, the
inclusive instructions of the function that runs it divided by the corpus's bytes. A stage's row includes what it
calls; rows in italics there (indented here) are parts of the row above them.

Settings (environment):
  STAGES_CORPUS  corpus folder (default .build-bench/corpus-10MB, made by gencorpus.py when missing)
  GEOTONE        binary to measure (default .build/release/geotone)
  STAGES_KEEP    a folder to keep the callgrind output and the run's outputs in (default: a temporary folder)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

# (label, indent, pattern of the demangled function name as callgrind_annotate prints it)
STAGES = [
    ("reading (main thread)", 0, r"ArticleReader\.readStreaming<"),
    ("JSON lines", 1, r"JSONLState\.handle\(_:line:emit:report:\)"),
    ("per-article analysis", 0, r"ArticleAnalyzer\.analyze\(_:into:\)"),
    ("normalizing", 1, r"TextNormalizer\.normalize\(_:appendingTo:\)"),
    ("tokenizing", 1, r"Tokenizer\.tokenize\(_:into:keepingScratch:\)"),
    ("country matching", 1, r"Scan\.scanSentence\(_:index:tok:bytes:walker:out:\)"),
    ("homonym rule", 1, r"Scan\.readHomonyms\(dateline:tok:out:\)"),
    ("sentiment", 1, r"SentimentScorer\.score\(utf8:scratch:\)"),
    ("duplicate fingerprint", 0, r"ContentFingerprint\.digest\(of:scratch:\)"),
    ("aggregation", 0, r"CorpusAccumulator\.add\(_:\)"),
    ("CSV rows of an article", 0, r"ArticleTableWriter\.format\(_:\)"),
    ("per-article pipeline", 0, r"BatchPipeline\.process\(_:\)"),
    ("writer stage (article rows)", 0, r"BatchPipeline\.write\(_:\)"),
    ("SQLite (every statement)", 0, r"sqlite3_step"),
    ("corpus tables into SQLite", 0, r"RunWriter\.insert\(_:\)"),
    ("corpus CSVs", 0, r"SummaryTableWriter\.write\(_:outDirectory:\)"),
    ("report", 0, r"AnalyzeCommand\.report\("),
    ("start-up: data files", 0, r"AnalysisResources\.init\("),
]


def main() -> int:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.chdir(root)
    for tool in ("valgrind", "callgrind_annotate"):
        if shutil.which(tool) is None:
            print(f"stages: {tool} is missing (Debian: apt-get install valgrind)", file=sys.stderr)
            return 2
    binary = os.environ.get("GEOTONE", ".build/release/geotone")
    if not os.access(binary, os.X_OK):
        print(f"stages: no binary at {binary} (make build)", file=sys.stderr)
        return 2
    corpus = os.environ.get("STAGES_CORPUS", ".build-bench/corpus-10MB")
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, "Scripts/bench/gencorpus.py", "--size-mb", "10", "--out", corpus,
                        "--datasets", "Datasets"], check=True)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
    keep = os.environ.get("STAGES_KEEP")
    work = keep or tempfile.mkdtemp(prefix="geotone-stages-")
    os.makedirs(work, exist_ok=True)
    out_file = os.path.join(work, "callgrind.out")
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", binary, "analyze",
                          corpus, "--out", os.path.join(work, "out"), "--db", os.path.join(work, "out", "h.sqlite"),
                          "--jobs", "1", "--quiet"], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr[-2000:], file=sys.stderr)
        return run.returncode
    annotate = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out_file],
                              capture_output=True, text=True, check=True).stdout
    demangle = shutil.which("swift")
    if demangle:
        annotate = subprocess.run([demangle, "demangle", "--simplified"], input=annotate, capture_output=True,
                                  text=True, check=True).stdout
    totals = re.search(r"^\s*([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", annotate, re.M)
    if not totals:
        print("stages: no program total in callgrind's output", file=sys.stderr)
        return 1
    total = int(totals.group(1).replace(",", ""))
    # The largest inclusive count of each stage's function (callgrind lists a function once per specialization and
    # once more for its compiler-generated parts; the largest is the function with what it calls).
    counts = {}
    for line in annotate.splitlines():
        m = re.match(r"^\s*([\d,]+) \([\s\d.]+%\)\s+(\S.*)$", line)
        if not m:
            continue
        value, name = int(m.group(1).replace(",", "")), m.group(2)
        for label, _, pattern in STAGES:
            if re.search(pattern, name):
                counts[label] = max(counts.get(label, 0), value)
    print(f"geotone stages: {binary}, {corpus} ({size:,} bytes), callgrind, --jobs 1")
    print(f"{'stage':<34} {'instr/byte':>10}")
    for label, indent, _ in STAGES:
        shown = ("  " * indent + label)[:34]
        value = counts.get(label)
        print(f"{shown:<34} {value / size:>10.1f}" if value else f"{shown:<34} {'-':>10}")
    print(f"{'whole process':<34} {total / size:>10.1f}")
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
