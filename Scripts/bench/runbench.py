#!/usr/bin/env python3
"""Runs `geotone analyze` over the bench corpora and reports throughput, memory and stage times.

Environment:
  BENCH_SIZES   corpus sizes in MB (default "10 100 1000"); "reuters" adds the repeated labelled newswire
  BENCH_REPEAT  runs per size; the median run (by wall time) is reported (default 1)
  BENCH_JOBS    --jobs for geotone (default: all cores)
  BENCH_DIR     work folder (default .build-bench), holds corpora, run outputs and results.csv
  GEOTONE       the binary (default .build/release/geotone)
  BENCH_LABEL   what to record instead of the git commit (e.g. for a saved older binary)

Each run gets a fresh --out folder and --db file. Per run the child's own resource usage (wait4) gives
CPU seconds and peak resident memory. `wc -w` over the same files, in the same invocation and after the
same cache warm-up, is the yardstick. Results are appended to BENCH_DIR/results.csv with a timestamp
and the git commit.
"""
import csv
import datetime
import os
import shutil
import subprocess
import sys
import threading
import time

REUTERS = os.path.join("..", "shared", "corpora", "reuters21578-dev.jsonl")
#: Size of the repeated labelled newswire corpus in MB.
REUTERS_MB = 100
HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = ["timestamp", "commit", "corpus", "mb", "articles", "jobs", "wall_s", "cpu_s", "peak_rss_mb", "mb_per_s",
          "articles_per_s", "read_s", "analyse_s", "aggregate_s", "write_s", "wc_wall_s", "x_wc", "rerun_s",
          "rerun_pct"]


def measured_child(argv):
    """Runs argv with fork/exec/wait4 so its own rusage is exact."""
    t0 = time.perf_counter()
    r, w = os.pipe()
    re_, we = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.dup2(w, 1)
        os.dup2(we, 2)
        os.close(r)
        os.close(re_)
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    os.close(w)
    os.close(we)
    chunks = {1: [], 2: []}

    def drain(fd, key):
        with os.fdopen(fd, "rb") as f:
            chunks[key].append(f.read())
    threads = [threading.Thread(target=drain, args=(r, 1)), threading.Thread(target=drain, args=(re_, 2))]
    for t in threads:
        t.start()
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    for t in threads:
        t.join()
    out = b"".join(chunks[1]).decode(errors="replace")
    err = b"".join(chunks[2]).decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(err)
        raise SystemExit("bench: %s exited with %d" % (argv[0], code))
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, out, err


def corpus_files(folder):
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".jsonl"))


def ensure_corpus(bench_dir, label):
    if label == "reuters":
        folder = os.path.join(bench_dir, "corpus-reuters%dMB" % REUTERS_MB)
        extra = ["--reuters", REUTERS, "--size-mb", str(REUTERS_MB)]
    else:
        folder = os.path.join(bench_dir, "corpus-%sMB" % label)
        extra = ["--size-mb", label]
    subprocess.run([sys.executable, os.path.join(HERE, "gencorpus.py"), "--out", folder] + extra, check=True)
    return folder


def git_commit():
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True).stdout.strip()
        return rev + ("-dirty" if dirty else "")
    except OSError:
        return "unknown"


def supports_timings(binary):
    """Older binaries (for A/B runs against a saved build) have no --timings flag."""
    out = subprocess.run([binary, "analyze", "--help"], capture_output=True, text=True)
    return "--timings" in out.stdout + out.stderr


def bench_one(binary, bench_dir, label, folder, jobs, run_index):
    files = corpus_files(folder)
    size = sum(os.path.getsize(f) for f in files)
    for f in files:  # warm the page cache so both tools read from memory
        with open(f, "rb") as fh:
            while fh.read(1 << 24):
                pass
    wc_wall, _, _, _, _ = measured_child(["wc", "-w"] + files)
    out_dir = os.path.join(bench_dir, "out-%s-%d" % (label, run_index))
    shutil.rmtree(out_dir, ignore_errors=True)
    argv = [binary, "analyze", folder, "--out", out_dir, "--db", os.path.join(out_dir, "bench.sqlite"),
            "--label", "bench"]
    if supports_timings(binary):
        argv.append("--timings")
    if jobs:
        argv += ["--jobs", str(jobs)]
    wall, cpu, rss, out, err = measured_child(argv)
    # The same command again: unchanged input, method and outputs (the "re-run" target of issue 7).
    rerun = measured_child(argv)[0] if os.environ.get("BENCH_RERUN", "1") != "0" else 0.0
    stages = {}
    for line in err.splitlines():
        if line.startswith("timing "):
            k, _, v = line[len("timing "):].partition("=")
            stages[k] = float(v)
    articles = 0
    for line in out.splitlines():
        if line.startswith("geotone run"):
            articles = int(line.split(": ", 1)[1].split()[0])
    shutil.rmtree(out_dir, ignore_errors=True)
    mb = size / 1e6
    return {"corpus": label, "mb": round(mb, 1), "articles": articles, "jobs": jobs or os.cpu_count(),
            "wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "peak_rss_mb": round(rss, 1),
            "mb_per_s": round(mb / wall, 1), "articles_per_s": round(articles / wall),
            "read_s": stages.get("read", 0), "analyse_s": stages.get("analyse", 0),
            "aggregate_s": stages.get("aggregate", 0), "write_s": stages.get("write", 0),
            "wc_wall_s": round(wc_wall, 3), "x_wc": round(wall / wc_wall, 2),
            "rerun_s": round(rerun, 3), "rerun_pct": round(100 * rerun / wall, 1)}


def main():
    bench_dir = os.environ.get("BENCH_DIR", ".build-bench")
    binary = os.environ.get("GEOTONE", os.path.join(".build", "release", "geotone"))
    sizes = os.environ.get("BENCH_SIZES", "10 100 1000").split()
    repeat = max(1, int(os.environ.get("BENCH_REPEAT", "1")))
    jobs = int(os.environ["BENCH_JOBS"]) if os.environ.get("BENCH_JOBS") else 0
    if "reuters" not in sizes and os.path.exists(REUTERS) and not os.environ.get("BENCH_SIZES"):
        sizes.append("reuters")
    if "reuters" in sizes and not os.path.exists(REUTERS):
        print("bench: %s not found; reuters corpus skipped" % REUTERS)
        sizes.remove("reuters")
    os.makedirs(bench_dir, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    commit = os.environ.get("BENCH_LABEL") or git_commit()
    rows = []
    for label in sizes:
        folder = ensure_corpus(bench_dir, label)
        runs = [bench_one(binary, bench_dir, label, folder, jobs, i) for i in range(repeat)]
        runs.sort(key=lambda r: r["wall_s"])
        row = dict(runs[len(runs) // 2], timestamp=stamp, commit=commit)
        rows.append(row)
        print("bench: %s done (%s)" % (label, ", ".join("%.2f s" % r["wall_s"] for r in runs)), flush=True)
    results = os.path.join(bench_dir, "results.csv")
    if os.path.exists(results):
        with open(results, newline="") as f:
            if next(csv.reader(f), None) != FIELDS:   # written by an older bench: keep it under another name
                os.rename(results, results[:-4] + "-%s.csv" % stamp.replace(":", ""))
    new = not os.path.exists(results)
    with open(results, "a", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        if new:
            w.writeheader()
        for row in rows:
            w.writerow(row)
    head = ["corpus", "MB", "articles", "MB/s", "art/s", "wall s", "cpu s", "peak MB", "read", "analyse",
            "aggr", "write", "wc -w s", "x wc", "rerun s", "rerun %"]
    keys = ["corpus", "mb", "articles", "mb_per_s", "articles_per_s", "wall_s", "cpu_s", "peak_rss_mb", "read_s",
            "analyse_s", "aggregate_s", "write_s", "wc_wall_s", "x_wc", "rerun_s", "rerun_pct"]
    table = [head] + [[str(r[k]) for k in keys] for r in rows]
    widths = [max(len(x[i]) for x in table) for i in range(len(head))]
    print("geotone bench, commit %s, %s, median of %d, jobs %s" % (commit, stamp, repeat, jobs or "all cores"))
    for line in table:
        print("  ".join(c.rjust(widths[i]) for i, c in enumerate(line)))
    print("results appended to %s" % results)


if __name__ == "__main__":
    main()
