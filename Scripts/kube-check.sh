#!/usr/bin/env bash
# make kube-check: the Kubernetes recipe without a cluster.
#  1. Deploy/kubernetes/*.yaml validated offline against the Kubernetes OpenAPI schemas (`kubernetes-validate
#     --strict`; skipped with a message where it is not installed: `kubectl --dry-run=client` still asks a server).
#  2. The Indexed Job simulated: the shard container's own command (read from the manifest) run as N local processes
#     with JOB_COMPLETION_INDEX=0…N-1 and /data in a temporary folder, then the merge Job's wait and merge commands;
#     the seven tables must equal a single run's.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${GEOTONE_BIN:-.build/release/geotone}")
manifest=Deploy/kubernetes/geotone-indexed-job.yaml
fail() { echo "kube-check: FAILED: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "no geotone binary at $bin (make build)"

if command -v kubernetes-validate >/dev/null 2>&1; then
  kubernetes-validate --strict --quiet Deploy/kubernetes/*.yaml || fail "kubernetes-validate --strict rejected the manifests"
  echo "kube-check: manifests valid against the Kubernetes schemas ($(kubernetes-validate --version))"
else
  echo "kube-check: SKIPPED schema validation: kubernetes-validate is not installed (pip install kubernetes-validate)"
fi

if ! python3 -c "import yaml" 2>/dev/null; then
  echo "kube-check: SKIPPED the Indexed Job simulation: python3 with PyYAML is needed to read the manifest"
  exit 0
fi
root=$(mktemp -d /tmp/geotone-kube.XXXXXX)
trap 'if [ "${GEOTONE_KEEP_TEST_FILES:-}" = "1" ]; then echo "kube-check: kept $root"; else rm -rf "$root"; fi' EXIT
# The container commands, with /data moved into the temporary folder.
python3 - "$manifest" "$root" <<'PY'
import sys, yaml
manifest, root = sys.argv[1], sys.argv[2]
jobs = {d["metadata"]["name"]: d for d in yaml.safe_load_all(open(manifest)) if d and d.get("kind") == "Job"}
shards = jobs["geotone-shards"]["spec"]
assert shards["completionMode"] == "Indexed", "the shard Job is not an Indexed Job"
count = shards["completions"]
def script(container):
    env = "".join(f"export {e['name']}='{e['value']}'\n" for e in container.get("env", []))
    return env + container["args"][0].replace("/data", root + "/data") + "\n"
merge = jobs["geotone-merge"]["spec"]["template"]["spec"]
open(f"{root}/count", "w").write(str(count))
open(f"{root}/shard.sh", "w").write(script(shards["template"]["spec"]["containers"][0]))
open(f"{root}/wait.sh", "w").write(script(merge["initContainers"][0]))
open(f"{root}/merge.sh", "w").write(script(merge["containers"][0]))
PY
count=$(cat "$root/count")
mkdir -p "$root/bin" "$root/data/corpus"
ln -s "$bin" "$root/bin/geotone"
export PATH="$root/bin:$PATH" GEOTONE_DATASETS="$PWD/Datasets"
cp -r Datasets/articles "$root/data/corpus/stories"
if command -v python3 >/dev/null; then
  python3 Scripts/bench/gencorpus.py --size-mb 1 --out "$root/gen" --datasets Datasets >/dev/null
  cp "$root"/gen/*.jsonl "$root/data/corpus/wire.jsonl"
  head -n 120 "$root/data/corpus/wire.jsonl" >"$root/data/corpus/wire-again.jsonl"
fi
# The manifest runs the shards with GEOTONE_ARGS from its env; the sample stories need a default year.
sed -i 's/^export GEOTONE_ARGS=.*/export GEOTONE_ARGS="--default-year 2024"/' "$root/shard.sh"

pids=()
for i in $(seq 0 $((count - 1))); do
  JOB_COMPLETION_INDEX=$i sh "$root/shard.sh" >"$root/shard-$i.log" 2>&1 &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || fail "simulated shard $i failed: $(tail -n 3 "$root/shard-$i.log")"
done
timeout 20 sh "$root/wait.sh" || fail "the merge Job's init container did not see the $count shard stores"
sh "$root/merge.sh" >"$root/merge.log" 2>&1 || fail "the merge Job's command failed: $(tail -n 3 "$root/merge.log")"
geotone analyze "$root/data/corpus" --out "$root/single" --default-year 2024 --quiet 2>/dev/null
for table in articles mentions countries comentions regions timeline datelines; do
  cmp -s "$root/single/$table.csv" "$root/data/out/$table.csv" || fail "$table.csv of the simulated Indexed Job differs from the single run's"
done
echo "kube-check: an Indexed Job of $count simulated with JOB_COMPLETION_INDEX, merged: the seven tables equal the single run's"
echo "kube-check: passed"
