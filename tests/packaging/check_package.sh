#!/usr/bin/env bash
# Builds the .deb from the build tree, unpacks it into a temporary root with
# dpkg -x and checks what a shop would get: the programs run from /usr/bin,
# the desktop entry and AppStream metainfo validate, icons, translations and
# the systemd unit are there, and the dependencies were computed.
#   check_package.sh BUILD_DIR
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) ||
    { cat "$tmp/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$tmp"/out/kassa_*_amd64.deb)
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libzxing2 libc6 libqt6sql6-sqlite; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib"
done

# The shop database is optional: its driver recommended, the server suggested.
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
grep -q "\blibqt6sql6-psql\b" <<<"$recommends" || fail "Recommends lacks libqt6sql6-psql"
grep -q "\bpostgresql\b" <<<"$(dpkg-deb -f "$deb" Suggests)" || fail "Suggests lacks postgresql"

dpkg -x "$deb" "$tmp/root"
root=$tmp/root
for f in usr/bin/kassa usr/bin/kassa-cli usr/bin/seqr-sandbox usr/bin/printer-sandbox \
         usr/bin/control-unit-sandbox \
         usr/share/applications/org.example.kassa.desktop \
         usr/share/metainfo/org.example.kassa.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.example.kassa.svg \
         usr/share/icons/hicolor/48x48/apps/org.example.kassa.png \
         usr/share/icons/hicolor/256x256/apps/org.example.kassa.png \
         usr/share/kassa/translations/kassa_sv.qm usr/share/kassa/translations/kassa_en.qm \
         usr/lib/systemd/system/seqr-sandbox.service usr/share/doc/kassa/copyright; do
    [ -s "$root/$f" ] || fail "$f is missing from the package"
done
file "$root/usr/share/icons/hicolor/48x48/apps/org.example.kassa.png" | grep -q "48 x 48" ||
    fail "the 48x48 icon is not 48 x 48"
# Nothing from the build tree leaks into the programs' run-time paths.
! readelf -d "$root/usr/bin/kassa" | grep -qE "RPATH|RUNPATH" || fail "kassa has an RPATH"

version=$("$root/usr/bin/kassa-cli" --version)
echo "installed: $version"
grep -q "0\.1\.0" <<<"$version" || fail "kassa-cli --version said: $version"
help=$("$root/usr/bin/seqr-sandbox" --help)
grep -q -- "--ack-window" <<<"$help" || fail "seqr-sandbox --help lacks its options"
# Each program's output is read whole before it is searched: `prog | grep -q`
# under pipefail fails when grep stops reading and the program gets SIGPIPE.
help=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/printer-sandbox" --help)
grep -q -- "--paper" <<<"$help" || fail "printer-sandbox --help lacks its options"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/kassa" --version)
grep -q "0\.1\.0" <<<"$version" || fail "kassa --version said: $version"
# The installed Swedish words are found beside the program.
help=$(LC_ALL=sv_SE.UTF-8 LANGUAGE= "$root/usr/bin/kassa-cli" --help)
grep -q "Kommandon" <<<"$help" || fail "kassa-cli does not speak Swedish in a Swedish locale: $(head -3 <<<"$help")"

desktop-file-validate "$root/usr/share/applications/org.example.kassa.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.example.kassa.metainfo.xml" ||
    fail "appstreamcli validate"
unit="$root/usr/lib/systemd/system/seqr-sandbox.service"
grep -q "^DynamicUser=yes" "$unit" || fail "the sandbox service must run as its own user"
grep -q -- "--bind 127.0.0.1" "$unit" || fail "the sandbox service must listen on loopback"
grep -q "^StateDirectory=seqr-sandbox" "$unit" || fail "the sandbox state must be under /var/lib"
if command -v systemd-analyze >/dev/null; then
    sed "s|/usr/bin/seqr-sandbox|$root/usr/bin/seqr-sandbox|" "$unit" >"$tmp/seqr-sandbox.service"
    systemd-analyze verify "$tmp/seqr-sandbox.service" || fail "systemd-analyze verify"
fi
echo "package OK"
