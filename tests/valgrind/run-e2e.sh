#!/bin/sh
# Memcheck over the end-to-end tests: the kassa-cli and kassa programs the
# tests start run under valgrind (through KASSA_CLI_BIN / KASSA_BIN), one
# test function at a time. Slow (minutes per function): not part of CI.
#
#   tests/valgrind/run-e2e.sh [build-dir] [test-program function...]
#   tests/valgrind/run-e2e.sh build tst_kassacli certificationSteps
#
# Each process writes its own log to $VG_LOGS (default /tmp/kassa-valgrind);
# the script ends with a summary and exits 1 when any log reports an invalid
# read or write, a use of uninitialised memory or an invalid free in a frame
# of Kassa's own code (Qt, fontconfig and other system libraries' own reports
# are suppressed by tests/valgrind/kassa.supp). Timing-sensitive assertions
# may fail under valgrind's slowness; the logs are what this run is for.
set -u
build=${1:-build}
[ $# -gt 0 ] && shift
test=${1:-tst_kassacli}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
logs=${VG_LOGS:-/tmp/kassa-valgrind}
mkdir -p "$logs"
rm -f "$logs"/*.log
build=$(cd "$build" && pwd)

wrap() { # name binary
    cat > "$logs/$1" <<WRAP
#!/bin/sh
exec valgrind --tool=memcheck --error-limit=no --num-callers=30 \
  --suppressions=$here/kassa.supp --log-file=$logs/$1.%p.log "$2" "\$@"
WRAP
    chmod +x "$logs/$1"
}
wrap kassa-cli "$build/app/kassa-cli/kassa-cli"
wrap kassa "$build/app/kassa/kassa"

export KASSA_CLI_BIN="$logs/kassa-cli" KASSA_BIN="$logs/kassa"
export KASSA_SANDBOX_BIN="$build/app/seqr-sandbox/seqr-sandbox"
export LC_ALL=C.UTF-8 LANGUAGE=
export KASSA_SOURCE_DIR="${KASSA_SOURCE_DIR:-$(cd "$here/../.." && pwd)}"
"$build/tests/e2e/$test" "$@"
echo "--- valgrind: $(ls "$logs"/*.log 2>/dev/null | wc -l) processes, logs in $logs"
bad=0
ls "$logs"/*.log > /dev/null 2>&1 || { echo "nothing ran under valgrind"; exit 1; }
for f in "$logs"/*.log; do
    [ -e "$f" ] || continue
    summary=$(grep -m1 "ERROR SUMMARY" "$f" || echo "no summary: the process did not end normally (killed by the test?)")
    echo "$(basename "$f"): $summary"
    if grep -qE "Invalid (read|write|free)|uninitialised|Mismatched free" "$f"; then
        bad=1
    fi
done
[ $bad -eq 0 ] && echo "no invalid access" || echo "INVALID ACCESS reported (see the logs)"
exit $bad
