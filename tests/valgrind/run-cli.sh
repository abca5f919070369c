#!/bin/sh
# Memcheck over kassa-cli end to end, without the tests' timeouts (valgrind
# makes every step 20-50 times slower): a seqr-sandbox that pays each
# invoice after a second, and kassa-cli under valgrind for register, SEQR ID,
# pay (paid on the "phone"), journal, status, refund, close-period and
# unregister. Not part of CI (minutes).
#
#   tests/valgrind/run-cli.sh [build-dir]
#
# Exits 1 when a log reports an invalid read/write/free or a use of
# uninitialised memory, or a kassa-cli step did not end as expected.
set -u
build=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
logs=${VG_LOGS:-/tmp/kassa-valgrind-cli}
mkdir -p "$logs"
rm -f "$logs"/*.log
work=$(mktemp -d)
port=$(( 20000 + $$ % 20000 ))
"$build/app/seqr-sandbox/seqr-sandbox" --port "$port" --autopay-after 1 --ack-window 600 \
    > "$work/sandbox.out" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export LC_ALL=C.UTF-8 LANGUAGE=
fail=0
cli() { # expected-exit args...
    expected=$1
    shift
    valgrind --tool=memcheck --error-limit=no --num-callers=30 \
        --suppressions="$here/kassa.supp" --log-file="$logs/kassa-cli.%p.log" \
        "$build/app/kassa-cli/kassa-cli" --config "$work/till.json" \
        --endpoint "http://127.0.0.1:$port/extclientproxy/service/v2" "$@" > "$work/out" 2>&1
    code=$?
    echo "kassa-cli ${1:-} ${2:-}: exit $code (expected $expected)"
    [ "$code" -eq "$expected" ] || { fail=1; cat "$work/out"; }
}
cli 0 terminal register --reseller 900100 --user-id 9900 --reseller-password demo-reseller-pw \
    --external-id "Store 1/Till vg" --name "Till vg"
cli 0 terminal assign-seqr-id VG1
cli 0 --json pay --row "Kaffe;1;25.00;12" --row "Bulle;2;15.50;12"
ref=$(sed -n 's/.*"invoiceReference": *"\([^"]*\)".*/\1/p' "$work/out" | head -1)
ers=$(sed -n 's/.*"ersReference": *"\([^"]*\)".*/\1/p' "$work/out" | head -1)
cli 0 journal
[ -n "$ref" ] && cli 0 status "$ref"
[ -n "$ers" ] && cli 0 refund "$ers" --amount 10.00
cli 0 close-period
cli 2 pay --row "broken row"
cli 0 terminal unregister
bad=0
for f in "$logs"/*.log; do
    summary=$(grep -m1 "ERROR SUMMARY" "$f" || echo "no summary: the process did not end normally")
    echo "$(basename "$f"): $summary"
    grep -qE "Invalid (read|write|free)|uninitialised|Mismatched free" "$f" && bad=1
done
[ $bad -eq 0 ] && echo "no invalid access" || echo "INVALID ACCESS reported (see $logs)"
[ $bad -eq 0 ] && [ $fail -eq 0 ]
