#!/usr/bin/env bash
# Makes the pictures in docs/screenshots/ from the real programs, so they
# show what Kassa shows: `kassa --demo` under Xvfb (two screens, no window
# manager, as a till), xdotool as the scanner and the cashier's keys, and the
# demo's webshop and phone pages in headless Chromium.
#   bash docs/screenshots.sh [BUILD_DIR]        (default: build)
# Needs what .ci/run installs: Xvfb, xdotool, imagemagick (import), zbar-tools,
# chromium. Writes cashier.png, customer-display.png, payment.png, phone.png,
# webshop.png and service-codes.png.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
shots=$PWD/docs/screenshots
mkdir -p "$shots"
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# until SECONDS COMMAND…: runs COMMAND until it succeeds, at most SECONDS.
until_ok() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        if ((SECONDS >= deadline)); then
            echo "screenshots: gave up waiting for: $*" >&2
            return 1
        fi
        sleep 0.2
    done
}

# A display of our own (Xvfb picks a free number and says which): the
# cashier's screen and the customer's.
Xvfb -displayfd 1 -screen 0 1280x800x24 -screen 1 800x480x24 -nolisten tcp -noreset \
    >"$work/display" 2>/dev/null &
pids+=($!)
until_ok 30 test -s "$work/display"
export DISPLAY=":$(head -1 "$work/display")"

HOME=$work XDG_RUNTIME_DIR=$work QT_QPA_PLATFORM=xcb \
    "$build/app/kassa/kassa" --demo --data-dir "$work/demo" --language en 2>"$work/kassa.log" &
pids+=($!)
window_named() { xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1; }
has_window() { test -n "$(window_named "$1")"; }
has_focus() { test "$(xdotool getwindowfocus 2>/dev/null)" = "$1"; }
until_ok 60 has_window '^Kassa — Kassa Demo Shop$'
window=$(window_named '^Kassa — Kassa Demo Shop$')
until_ok 30 has_focus "$window"
until_ok 60 grep -q 'webshop ready at' "$work/kassa.log"
shop=$(grep -o 'webshop ready at [^ ]*' "$work/kassa.log" | head -1 | cut -d' ' -f4)
# The demo's webshop is a till of the demo sandbox: its endpoint names it.
soap=$(sed -n 's/.*"endpoint": *"\([^"]*\)".*/\1/p' "$work/demo/webshop.json")
sandbox=${soap%%/extclientproxy*}

# The scanner: a burst of digits and Enter.
scan() { xdotool key --delay 5 $(echo "$1" | sed 's/./& /g') Return; }
shot() { import -display "$DISPLAY.$1" -window root "$2"; }
scan 7352601815907 # Mjölk 3 % 1 l
scan 7352601815907
scan 7301092815903 # Kaffe mellanrost 450 g
# The window draws the three rows; the customer's screen shows the same total.
sleep 1
shot 0 "$shots/cashier.png"

# Pay with SEQR: the customer's screen shows the QR (read back to be sure).
xdotool key F12
until_ok 30 bash -c "import -display '$DISPLAY.1' -window root '$work/qr.png' &&
    zbarimg -q --raw '$work/qr.png' | grep -q '^HTTP://SEQR.SE/R'"
qr=$(zbarimg -q --raw "$work/qr.png")
cp "$work/qr.png" "$shots/customer-display.png"
shot 0 "$shots/payment.png"

browser() { # SIZE URL FILE
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --lang=en-US \
        --user-data-dir="$work/chromium" --virtual-time-budget=5000 \
        --window-size="$1" --screenshot="$3" "$2" >/dev/null 2>&1
}
# The customer's SEQR app (the sandbox's phone page) with the invoice scanned.
code=$(printf %s "$qr" | sed 's/%/%25/g; s/:/%3A/g; s|/|%2F|g; s/?/%3F/g; s/&/%26/g')
browser 390,844 "$sandbox/phone?lang=en&code=$code" "$shots/phone.png"
browser 1280,800 "$shop?lang=en" "$shots/webshop.png"
browser 1280,800 "${shop%/shop}/service/codes?lang=en" "$shots/service-codes.png"
ls -l "$shots"
