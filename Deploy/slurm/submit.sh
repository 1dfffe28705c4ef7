#!/usr/bin/env bash
# Runs geotone on a Slurm cluster: a job array of N shards, then a merge job that depends on it; waits for both
# and exits with the merge's status (non-zero, naming the failing shard's log, as soon as a shard fails).
#
#   Deploy/slurm/submit.sh INPUT... --out DIR --shards N [-- ANALYZE OPTIONS]
#
# DIR must be on a file system every node sees. Shards write DIR/shards/ (stores, tables, logs in DIR/shards/logs);
# the merged tables, store and report land in DIR. $GEOTONE names the binary (default: geotone on PATH); $SLURM_CONF
# is honoured as by every Slurm command; sbatch's own variables (SBATCH_PARTITION, SBATCH_TIMELIMIT, SBATCH_ACCOUNT…)
# set the partition, time limit and account. GEOTONE_SUBMIT_TIMEOUT (seconds, default 0: none) bounds the wait.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage() { echo "usage: $0 INPUT... --out DIR --shards N [-- ANALYZE OPTIONS]" >&2; exit 2; }

inputs=() options=() out="" shards=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=${2:-}; shift 2 || usage ;;
    --shards) shards=${2:-}; shift 2 || usage ;;
    --) shift; options=("$@"); break ;;
    -h|--help) usage ;;
    *) inputs+=("$1"); shift ;;
  esac
done
[ -n "$out" ] && [ ${#inputs[@]} -gt 0 ] || usage
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "submit.sh: --shards needs a positive number (got '$shards')" >&2; exit 2; }
for tool in sbatch scontrol; do
  command -v "$tool" >/dev/null || { echo "submit.sh: $tool not found: run this on a Slurm login node" >&2; exit 2; }
done
export GEOTONE=${GEOTONE:-geotone}
command -v "$GEOTONE" >/dev/null || { echo "submit.sh: geotone binary '$GEOTONE' not found (set \$GEOTONE)" >&2; exit 2; }

logs="$out/shards/logs"
mkdir -p "$logs"
# The array: tasks 0..N-1, one log each. The merge: only after every task succeeded; cancelled if one failed.
array=$(sbatch --parsable --array="0-$((shards - 1))" --output="$logs/shard-%a.log" \
  "$here/geotone-array.sbatch" "$out" "${inputs[@]}" "${options[@]}")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$logs/merge.log" \
  "$here/geotone-merge.sbatch" "$out" "$shards")
merge=${merge%%;*}
echo "submit.sh: shards: job array $array ($shards tasks, logs $logs/shard-*.log); merge: job $merge ($logs/merge.log)"

# The state of job $1 as `scontrol show job -o` gives it (one line per array task), and the exit code of a line.
state_lines() { scontrol show job -o "$1" 2>/dev/null || true; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p"; }

deadline=$(( ${GEOTONE_SUBMIT_TIMEOUT:-0} > 0 ? $(date +%s) + GEOTONE_SUBMIT_TIMEOUT : 0 ))
pause=1
while :; do
  # A failed shard ends the wait at once: the merge cannot run.
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    task=$(field ArrayTaskId <<<"$line") state=$(field JobState <<<"$line")
    case "$state" in
      FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|BOOT_FAIL|DEADLINE|PREEMPTED)
        echo "submit.sh: shard $task failed ($state, exit $(field ExitCode <<<"$line")): see $logs/shard-$task.log" >&2
        [ -s "$logs/shard-$task.log" ] && tail -n 5 "$logs/shard-$task.log" | sed 's/^/  | /' >&2
        scancel "$merge" 2>/dev/null || true
        exit 1 ;;
    esac
  done < <(state_lines "$array")
  line=$(state_lines "$merge")
  state=$(field JobState <<<"$line")
  case "$state" in
    COMPLETED) echo "submit.sh: merged into $out (log $logs/merge.log)"; exit 0 ;;
    FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|BOOT_FAIL|DEADLINE)
      code=$(field ExitCode <<<"$line"); code=${code%%:*}
      echo "submit.sh: the merge ended $state (exit ${code:-?}): see $logs/merge.log" >&2
      [ -s "$logs/merge.log" ] && tail -n 5 "$logs/merge.log" | sed 's/^/  | /' >&2
      [ "${code:-0}" -gt 0 ] 2>/dev/null && exit "$code"
      exit 1 ;;
    "") echo "submit.sh: job $merge is no longer known to Slurm (MinJobAge passed?): see $logs/merge.log" >&2; exit 1 ;;
  esac
  if [ "$deadline" -gt 0 ] && [ "$(date +%s)" -ge "$deadline" ]; then
    echo "submit.sh: gave up waiting after ${GEOTONE_SUBMIT_TIMEOUT} s; jobs $array and $merge are left running" >&2
    exit 124
  fi
  sleep "$pause"
  # Poll every second at first, then every 10 s at most (sbatch --wait backs off to 32 s).
  pause=$(( pause < 10 ? pause + 1 : 10 ))
done
