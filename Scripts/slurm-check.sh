#!/usr/bin/env bash
# make slurm-check: starts a throwaway one-node Slurm (munged, slurmctld, slurmd, all state in one private folder),
# runs Deploy/slurm/submit.sh on a small corpus with a job array of 3 and a merge job, and compares the seven tables
# with a single run; then makes one shard fail and checks that submit.sh exits non-zero within a minute, naming the
# failing shard's log. Skips (exit 0, with a message) where Slurm cannot run here: no slurmctld/slurmd/munged, not
# root, or a daemon that does not come up. Daemons are stopped by their PID files only.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${GEOTONE_BIN:-.build/release/geotone}")
skip() { echo "slurm-check: SKIPPED: $*"; exit 0; }
fail() { echo "slurm-check: FAILED: $*" >&2; exit 1; }

[ -x "$bin" ] || fail "no geotone binary at $bin (make build)"
for tool in slurmctld slurmd munged mungekey sbatch scontrol sinfo; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (Debian: apt-get install slurmctld slurmd slurm-client munge)"
done
[ "$(id -u)" -eq 0 ] || skip "the throwaway cluster runs its daemons as root (SlurmUser=root); run as root"
command -v python3 >/dev/null || skip "python3 is needed to generate the test corpus"

root=$(mktemp -d /tmp/geotone-slurm.XXXXXX)
chmod 0755 "$root"
stop() {
  for pidfile in "$root/slurmd.pid" "$root/slurmctld.pid" "$root/munged.pid"; do
    [ -s "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "${GEOTONE_KEEP_TEST_FILES:-}" = "1" ]; then echo "slurm-check: kept $root"; else rm -rf "$root"; fi
}
trap stop EXIT

# munge: its own key, a socket folder of mode 0711, --force (it refuses a world-writable /tmp parent otherwise).
mkdir -p "$root/munge" "$root/state" "$root/spool" "$root/work"
chmod 0711 "$root/munge"
mungekey --create --keyfile="$root/munge.key" 2>/dev/null || mungekey -c -k "$root/munge.key"
chmod 0600 "$root/munge.key"
munged --key-file="$root/munge.key" --socket="$root/munge/munge.socket.2" --pid-file="$root/munged.pid" \
  --log-file="$root/munged.log" --seed-file="$root/munged.seed" --force \
  || skip "munged did not start ($(tail -n 2 "$root/munged.log" 2>/dev/null))"

# Ports from the process id, so that two checks on one machine do not meet.
port=$(( 20000 + ($$ % 5000) * 2 ))
node=$(slurmd -C | head -n 1)
node_name=$(sed -n 's/^NodeName=\([^ ]*\).*/\1/p' <<<"$node")
cat >"$root/slurm.conf" <<CONF
ClusterName=geotonecheck
SlurmctldHost=$node_name(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$root/munge/munge.socket.2
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$root/state
SlurmdSpoolDir=$root/spool
SlurmctldPidFile=$root/slurmctld.pid
SlurmdPidFile=$root/slurmd.pid
SlurmctldLogFile=$root/slurmctld.log
SlurmdLogFile=$root/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
SchedulerParameters=batch_sched_delay=0
DependencyParameters=kill_invalid_depend
MpiDefault=none
ReturnToService=2
MailProg=/bin/true
MinJobAge=600
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=check Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$root/slurm.conf"
slurmctld -i || skip "slurmctld did not start: $(tail -n 3 "$root/slurmctld.log" 2>/dev/null)"
slurmd || skip "slurmd did not start: $(tail -n 3 "$root/slurmd.log" 2>/dev/null)"
up=""
for _ in $(seq 100); do
  if sinfo -h -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then up=1; break; fi
  sleep 0.2
done
[ -n "$up" ] || skip "the node did not come up: $(tail -n 3 "$root/slurmd.log" "$root/slurmctld.log" 2>/dev/null)"
echo "slurm-check: one-node Slurm up ($(sinfo -h -o '%P %D %T %c'))"

# A small corpus with duplicates across shards: the sample stories, a generated JSON lines file and a repeat of it.
cd "$root/work"
python3 "$OLDPWD/Scripts/bench/gencorpus.py" --size-mb 1 --out gen --datasets "$OLDPWD/Datasets" >/dev/null
mkdir -p corpus
cp -r "$OLDPWD/Datasets/articles" corpus/stories
cp gen/*.jsonl corpus/wire.jsonl
head -n 150 corpus/wire.jsonl >corpus/wire-repeat.jsonl
export GEOTONE="$bin" GEOTONE_SUBMIT_TIMEOUT=300
datasets="$OLDPWD/Datasets"
export GEOTONE_DATASETS="$datasets"

started=$(date +%s.%N)
"$OLDPWD/Deploy/slurm/submit.sh" corpus --out run --shards 3 -- --default-year 2024 \
  || fail "submit.sh exited $? (logs: $(ls run/shards/logs 2>/dev/null | tr '\n' ' '))"
echo "slurm-check: array of 3 and merge done in $(python3 -c "import time;print(round(time.time()-$started,1))") s"
"$bin" analyze corpus --out single --default-year 2024 --quiet 2>single.err
for table in articles mentions countries comentions regions timeline datelines; do
  cmp -s "single/$table.csv" "run/$table.csv" || fail "$table.csv of the Slurm run differs from the single run's"
done
"$bin" runs --db run/geotone.sqlite | grep -q "merged 3/3" || fail "geotone runs does not show the merged run"
echo "slurm-check: the seven tables equal the single run's"

# A failing shard: task 1's binary exits 3; submit.sh must say so, naming shard 1's log, within a minute.
cat >failing-geotone <<SH
#!/usr/bin/env bash
if [ "\${SLURM_ARRAY_TASK_ID:-}" = "1" ]; then echo "geotone: shard 1 made to fail by slurm-check" >&2; exit 3; fi
exec "$bin" "\$@"
SH
chmod +x failing-geotone
started=$(date +%s)
set +e
GEOTONE="$root/work/failing-geotone" "$OLDPWD/Deploy/slurm/submit.sh" corpus --out failing --shards 3 -- --default-year 2024 2>failing.err
status=$?
set -e
took=$(( $(date +%s) - started ))
cat failing.err
[ "$status" -ne 0 ] || fail "submit.sh exited 0 although shard 1 failed"
[ "$took" -le 60 ] || fail "submit.sh took $took s to report the failed shard"
grep -q "failing/shards/logs/shard-1.log" failing.err || fail "submit.sh did not name shard 1's log"
[ ! -e failing/articles.csv ] || fail "a merge ran although a shard failed"
echo "slurm-check: a failing shard ends submit.sh with status $status in $took s, naming its log"
echo "slurm-check: passed"
