#!/usr/bin/env bash
# The Debian packages, installed for real (tests/packaging/CMakeLists.txt says what is checked).
# Usage: install-test.sh BUILD_DIR OLDSTORE_TOOL PROJECT_VERSION
# Environment: ACCUEIL_PACKAGING_CACHE (default /var/cache/accueil-packaging-test: the pristine
#              Debian root and the downloaded .debs, kept between runs),
#              ACCUEIL_DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail

build=$1
oldstore=$2
version=$3
cache=${ACCUEIL_PACKAGING_CACHE:-/var/cache/accueil-packaging-test}
mirror=${ACCUEIL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${ACCUEIL_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

say() { echo "packaging-test: $*" >&2; }
fail() {
    say "FAILED: $*"
    exit 1
}
skip() {
    say "skipped: $*"
    exit 77
}

((EUID == 0)) || skip "installing into a Debian root needs root (debootstrap, chroot)"
for tool in debootstrap lintian dpkg-shlibdeps cpack chroot curl flock systemd-nspawn nsenter systemd-analyze \
    desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/install-deps installs it)"
done

work=$build/packaging-test
root=$work/root
nspawn_pid=

# shellcheck disable=SC2317 # called through the EXIT trap
cleanup() {
    set +e
    if [[ -n $nspawn_pid ]] && kill -0 "$nspawn_pid" 2>/dev/null; then
        kill -TERM "$nspawn_pid" # systemd halts the container
        for ((i = 0; i < 100; i++)); do
            kill -0 "$nspawn_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$nspawn_pid" 2>/dev/null
        wait "$nspawn_pid" 2>/dev/null
    fi
    # nspawn --keep-unit leaves an empty payload cgroup behind.
    rmdir /sys/fs/cgroup/*/payload/init.scope /sys/fs/cgroup/*/payload 2>/dev/null
    # Anything still running inside the root (a server of a failed step).
    for proc_root in /proc/[0-9]*/root; do
        if [[ $(readlink "$proc_root" 2>/dev/null) == "$root"* ]]; then
            pid=${proc_root#/proc/}
            kill -9 "${pid%/root}" 2>/dev/null
        fi
    done
    for mount in "$root/var/cache/apt/archives" "$root/proc"; do
        if mountpoint -q "$mount"; then
            umount "$mount" || umount -l "$mount"
        fi
    done
    # Never follow a mount that is still there into the host's files.
    if [[ -d $root ]] && ! findmnt -rn -o TARGET | grep -q "^$root/"; then
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cleanup
rm -rf --one-file-system "$work"
mkdir -p "$work/debs" "$cache/archives"

# --- The packages -------------------------------------------------------------------------------
say "building the packages (cpack)"
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack"
fi
cp "$work"/cpack/*.deb "$work/debs/"
debs=("$work"/debs/*.deb)
((${#debs[@]} == 3)) || fail "expected 3 packages, got: ${debs[*]##*/}"
arch=$(dpkg --print-architecture)
for package in accueil accueil-admin accueil-server; do
    deb=$work/debs/${package}_${version}-1_$arch.deb
    [[ -f $deb ]] || fail "no $deb"
    say "$(dpkg-deb -f "$deb" Package Version Depends | tr '\n' ' ')"
done
# shlibdeps: the Qt, libsodium, libcurl and libical libraries the binaries link, with versions.
dpkg-deb -f "$work/debs/accueil-server_${version}-1_$arch.deb" Depends | grep -q 'libqt6httpserver6 (>=' ||
    fail "accueil-server's Depends lack the libraries found by dpkg-shlibdeps"
dpkg-deb -f "$work/debs/accueil_${version}-1_$arch.deb" Depends | grep -q 'libqt6widgets6 (>=' ||
    fail "accueil's Depends lack the libraries found by dpkg-shlibdeps"

say "lintian"
lintian_rc=0
lintian --fail-on error --suppress-tags-from-file /dev/null "${debs[@]}" >"$work/lintian.log" 2>&1 ||
    lintian_rc=$?
cat "$work/lintian.log" >&2
if ((lintian_rc != 0)) || grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors (exit $lintian_rc)"
fi
say "lintian: no errors ($(grep -c '^W: ' "$work/lintian.log" || true) warnings)"

# --- A clean Debian 12 root ---------------------------------------------------------------------
(
    flock 9
    if [[ ! -f $cache/bookworm-minbase/.complete ]]; then
        say "debootstrap --variant=minbase bookworm (once; cached in $cache)"
        rm -rf --one-file-system "$cache/bookworm-minbase"
        if ! debootstrap --variant=minbase bookworm "$cache/bookworm-minbase" "$mirror" \
            >"$work/debootstrap.log" 2>&1; then
            tail -n 30 "$work/debootstrap.log" >&2
            fail "debootstrap"
        fi
        touch "$cache/bookworm-minbase/.complete"
    fi
    cp -a "$cache/bookworm-minbase" "$root"
) 9>"$cache/lock"
rm -f "$root/.complete"

cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
SOURCES
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

mkdir -p "$root/root/debs"
cp "${debs[@]}" "$root/root/debs/"
say "apt-get install ./accueil*.deb in the clean root"
if ! in_root apt-get update >"$work/apt.log" 2>&1 ||
    ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "/root/debs/accueil_${version}-1_$arch.deb" "/root/debs/accueil-admin_${version}-1_$arch.deb" \
        "/root/debs/accueil-server_${version}-1_$arch.deb" >>"$work/apt.log" 2>&1; then
    tail -n 40 "$work/apt.log" >&2
    fail "the packages do not install on a clean Debian 12"
fi
grep -E '^(Setting up accueil|accueil-server:)' "$work/apt.log" >&2 || true

# --- What the packages put in place -------------------------------------------------------------
for file in /usr/bin/accueil /usr/bin/accueil-admin /usr/bin/accueil-server \
    /usr/share/applications/org.accueil.Accueil.desktop /usr/share/metainfo/org.accueil.Accueil.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/accueil.svg /usr/share/icons/hicolor/48x48/apps/accueil.png \
    /usr/share/icons/hicolor/256x256/apps/accueil.png /lib/systemd/system/accueil-server.service \
    /etc/accueil/server.conf /etc/accueil/desk.conf /usr/share/doc/accueil-server/copyright \
    /usr/share/doc/accueil-server/changelog.Debian.gz /usr/share/doc/accueil-server/deployment.md; do
    [[ -e $root$file ]] || fail "$file is not installed"
done
user_line=$(in_root getent passwd accueil) || fail "no accueil system user"
IFS=: read -r _ _ uid gid _ home shell <<<"$user_line"
((uid < 1000)) || fail "accueil is not a system user (uid $uid)"
[[ $home == /var/lib/accueil && $shell == /usr/sbin/nologin ]] || fail "accueil user: $user_line"
[[ $(in_root stat -c '%U:%G %a' /etc/accueil/server.conf) == "root:accueil 640" ]] ||
    fail "server.conf is $(in_root stat -c '%U:%G %a' /etc/accueil/server.conf), not root:accueil 640"
[[ $(in_root stat -c '%U' /var/lib/accueil) == accueil ]] || fail "/var/lib/accueil is not the service's"
[[ $(in_root accueil-admin --version) == "accueil-admin $version" ]] || fail "accueil-admin --version"
desktop-file-validate "$root/usr/share/applications/org.accueil.Accueil.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.accueil.Accueil.metainfo.xml" >&2 ||
    fail "AppStream metainfo"
# The unit as systemd reads it (unknown keys, bad values, a missing ExecStart binary), in the root
# once systemd is there as on any server (the packages themselves do not need it).
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends systemd \
    >>"$work/apt.log" 2>&1 || fail "installing systemd in the root"
systemd-analyze verify --root="$root" /lib/systemd/system/accueil-server.service >"$work/verify.log" 2>&1 || true
cat "$work/verify.log" >&2
if grep -q 'accueil-server' "$work/verify.log"; then
    fail "systemd-analyze verify accueil-server.service"
fi

# --- A centre, as the service's user ------------------------------------------------------------
as_accueil() { in_root setpriv --reuid="$uid" --regid="$gid" --init-groups env HOME=/var/lib/accueil "$@"; }
say "accueil-admin init, seed-demo --years 1"
as_accueil accueil-admin --database sqlite:/var/lib/accueil/centre.sqlite init >&2 || fail "accueil-admin init"
as_accueil accueil-admin --database sqlite:/var/lib/accueil/centre.sqlite seed-demo --years 1 \
    >"$work/seed.log" 2>&1 || {
    tail -n 20 "$work/seed.log" >&2
    fail "accueil-admin seed-demo --years 1"
}
tail -n 3 "$work/seed.log" >&2

# The desk in the clean root: its libraries and plugins (window system, SQLite driver, SVG icons)
# resolve, it finds the database in /etc/accueil/desk.conf (no option, no environment), opens it
# and waits at its login window.
sed -i 's|^# database = sqlite:.*|database = sqlite:/var/lib/accueil/centre.sqlite|' "$root/etc/accueil/desk.conf"
(exec chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    accueil >"$work/desk.log" 2>&1) &
desk_pid=$!
desk_opened=
for ((i = 0; i < 100; i++)); do
    kill -0 "$desk_pid" 2>/dev/null || break
    if [[ $(readlink "/proc/$desk_pid"/fd/* 2>/dev/null) == *"$root/var/lib/accueil/centre.sqlite"* ]]; then
        desk_opened=yes
        break
    fi
    sleep 0.1
done
sleep 1
desk_alive=
if kill -0 "$desk_pid" 2>/dev/null; then
    desk_alive=yes
fi
kill "$desk_pid" 2>/dev/null || true
wait "$desk_pid" 2>/dev/null || true
if [[ -z $desk_opened || -z $desk_alive ]] || grep -q 'cannot start' "$work/desk.log"; then
    cat "$work/desk.log" >&2
    fail "the desk did not open the database of desk.conf and wait at its login window"
fi
say "the desk starts from /etc/accueil/desk.conf, opens the centre and waits at its login window"

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
port=$(free_port)
# The administrator's edit of the conffile (kept across the upgrades below).
sed -i "s/^listen = .*/listen = 127.0.0.1:$port/" "$root/etc/accueil/server.conf"

# --- The service under a real systemd (systemd-nspawn boots the root; loopback is shared) --------
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends systemd-sysv dbus \
    >>"$work/apt.log" 2>&1 || fail "installing systemd-sysv and dbus in the root"
umount "$root/var/cache/apt/archives" "$root/proc" # the container mounts its own /proc
say "booting the root with systemd-nspawn"
systemd-nspawn --boot --directory="$root" --register=no --keep-unit --console=pipe \
    </dev/null >"$work/nspawn.log" 2>&1 &
nspawn_pid=$!
leader=
for ((i = 0; i < 100; i++)); do
    leader=$(pgrep -P "$nspawn_pid" -x systemd) && break
    kill -0 "$nspawn_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $leader ]]; then
    cat "$work/nspawn.log" >&2
    fail "systemd did not start in the root"
fi
in_box() { nsenter --target="$leader" --all /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
state=
for ((i = 0; i < 100; i++)); do
    state=$(in_box systemctl is-system-running 2>/dev/null) || true
    [[ $state == running || $state == degraded ]] && break
    sleep 0.1
done
[[ $state == running || $state == degraded ]] || fail "the booted root is \"$state\""

[[ $(in_box systemctl is-enabled accueil-server 2>/dev/null) == disabled ]] ||
    fail "a first install must leave the service disabled until the database exists"
say "systemctl enable --now accueil-server"
in_box systemctl enable --now accueil-server >&2 2>&1 || fail "systemctl enable --now accueil-server"

wait_answer() {
    for ((i = 0; i < 100; i++)); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/") == 200 ]] && return 0
        sleep 0.1
    done
    in_box journalctl -u accueil-server --no-pager -n 30 >&2
    fail "accueil-server does not answer on 127.0.0.1:$port"
}
fetch_booking_page() {
    local status
    status=$(curl -s -o "$work/page.html" -w '%{http_code}' "http://127.0.0.1:$port/")
    [[ $status == 200 ]] || fail "GET / answered $status"
    grep -q '<html lang="fr"' "$work/page.html" || fail "GET / is not the French booking page"
    status=$(curl -s -o "$work/centre.json" -w '%{http_code}' "http://127.0.0.1:$port/api/v1/centre")
    [[ $status == 200 ]] || fail "GET /api/v1/centre answered $status"
    grep -q '"name":"Maison de santé pluriprofessionnelle des Tilleuls"' "$work/centre.json" ||
        fail "the centre is not the demo one: $(cat "$work/centre.json")"
    status=$(curl -s -o "$work/practitioners.json" -w '%{http_code}' "http://127.0.0.1:$port/api/v1/practitioners")
    [[ $status == 200 ]] || fail "GET /api/v1/practitioners answered $status"
    grep -q 'Martin' "$work/practitioners.json" ||
        fail "the demo's practitioners are not served: $(cat "$work/practitioners.json")"
}
main_pid() { in_box systemctl show accueil-server --property=MainPID --value; }
wait_answer
fetch_booking_page
say "the booking page and the demo centre are served by the service on 127.0.0.1:$port"

# As the unit says: the accueil user, only CAP_NET_BIND_SERVICE, no new privileges, a read-only
# system, its log in the journal.
pid=$(main_pid)
in_box cat "/proc/$pid/status" >"$work/status.txt"
grep -Eq "^Uid:[[:space:]]+${uid}[[:space:]]" "$work/status.txt" || fail "the service does not run as accueil"
grep -q '^NoNewPrivs:[[:space:]]*1' "$work/status.txt" || fail "NoNewPrivileges is not applied"
grep -q '^CapEff:[[:space:]]*0000000000000400' "$work/status.txt" ||
    fail "the service has other capabilities than CAP_NET_BIND_SERVICE: $(grep CapEff "$work/status.txt")"
in_box nsenter --target="$pid" --mount test -w /usr/bin && fail "ProtectSystem=strict: /usr is writable"
in_box nsenter --target="$pid" --mount --setuid="$uid" --setgid="$gid" test -w /var/lib/accueil ||
    fail "the service cannot write its state directory"
in_box journalctl -u accueil-server --no-pager >"$work/journal.txt"
grep -q "accueil-server\[$pid\]: accueil-server: serving http://127.0.0.1:$port" "$work/journal.txt" ||
    fail "the server's log is not in the journal"
grep -q "accueil.booking: GET /api/v1/centre 200" "$work/journal.txt" || fail "requests are not logged"
say "runs as accueil, CAP_NET_BIND_SERVICE only, read-only system, logs in the journal"

# Restart=on-failure: a crash brings it back.
in_box systemctl kill --signal=KILL accueil-server
for ((i = 0; i < 100; i++)); do
    new_pid=$(main_pid)
    [[ $new_pid != 0 && $new_pid != "$pid" ]] && break
    sleep 0.2
done
if [[ $new_pid == 0 || $new_pid == "$pid" ]]; then
    in_box journalctl -u accueil-server --no-pager -n 20 >&2
    fail "the service was not restarted after a crash"
fi
wait_answer
say "killed, restarted by systemd (pid $pid -> $new_pid)"

# --- Upgrades: the edited conffile is kept; migrate_on_upgrade migrates an old database ----------
upgrade() {
    in_box dpkg -i "/root/debs/accueil-admin_${version}-1_$arch.deb" \
        "/root/debs/accueil-server_${version}-1_$arch.deb" >"$work/upgrade.log" 2>&1 || {
        cat "$work/upgrade.log" >&2
        fail "the upgrade"
    }
    cat "$work/upgrade.log" >&2
    grep -q "^listen = 127.0.0.1:$port\$" "$root/etc/accueil/server.conf" ||
        fail "the upgrade overwrote the edited server.conf"
    [[ $(in_box stat -c '%U:%G %a' /etc/accueil/server.conf) == "root:accueil 640" ]] ||
        fail "server.conf's permissions changed on upgrade"
}
say "upgrade (dpkg -i again) with migrate_on_upgrade = no, the default"
pid=$(main_pid)
upgrade
grep -q 'migrate_on_upgrade is off' "$work/upgrade.log" || fail "the upgrade did not say it left the schema alone"
[[ $(in_box systemctl is-active accueil-server) == active && $(main_pid) != "$pid" ]] ||
    fail "the enabled service was not stopped and started again by the upgrade"
wait_answer
fetch_booking_page

"$oldstore" "$root/var/lib/accueil/old.sqlite" 7 >/dev/null || fail "creating a schema-7 database"
chown "$uid:$gid" "$root/var/lib/accueil/old.sqlite"
sed -i -e 's|^database = .*|database = sqlite:/var/lib/accueil/old.sqlite|' \
    -e 's/^migrate_on_upgrade = .*/migrate_on_upgrade = yes/' "$root/etc/accueil/server.conf"
say "upgrade (dpkg -i again) with migrate_on_upgrade = yes and a schema-7 database"
upgrade
grep -q 'migrating the database' "$work/upgrade.log" || fail "the upgrade did not migrate"
latest=$("$oldstore" "$root/var/lib/accueil/old.sqlite")
((latest > 7)) || fail "old.sqlite is still at schema $latest after the upgrade"
[[ $(in_box stat -c '%U' /var/lib/accueil/old.sqlite) == accueil ]] || fail "the migration changed the file's owner"
[[ $(in_box systemctl is-active accueil-server) == active ]] || fail "the service did not start after the migration"
say "upgraded: old.sqlite migrated 7 -> $latest as accueil, the edited server.conf kept, the service running"
sed -i 's|^database = .*|database = sqlite:/var/lib/accueil/centre.sqlite|' "$root/etc/accueil/server.conf"
in_box systemctl restart accueil-server
wait_answer
fetch_booking_page

# --- Purge: the service and the settings go, the centre's database stays ------------------------
in_box env DEBIAN_FRONTEND=noninteractive apt-get purge -y accueil-server >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2
    fail "apt-get purge accueil-server"
}
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/") == 000 ]] ||
    fail "the server still answers after the purge"
[[ ! -e $root/etc/accueil/server.conf ]] || fail "purge left server.conf"
[[ ! -e $root/lib/systemd/system/accueil-server.service ]] || fail "purge left the unit"
[[ -s $root/var/lib/accueil/centre.sqlite ]] || fail "purge deleted the centre's database"
say "purged: the service stopped, its settings removed, the database kept"
say "passed"
