#!/usr/bin/env bash
# Starts code-server in the background in its own process group, isolated under RUN_DIR, and waits
# until it answers /healthz. Writes RUN_DIR/cs.pid (the group leader), RUN_DIR/cs.log and RUN_DIR/cs.url.
#
# Usage: scripts/e2e/start-code-server.sh RUN_DIR PORT [extra code-server args...]
#   PORT 0 lets the kernel pick a free port (the real one is read from the log).
# Expects: RUN_DIR/ud (user data, settings in ud/User) and RUN_DIR/exts (extensions), created if absent.
# Stop it with scripts/e2e/stop-code-server.sh RUN_DIR.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

RUN_DIR=$(mkdir -p "$1" && cd "$1" && pwd); PORT=$2; shift 2
[ -x "$E2E_CODE_SERVER" ] || { echo "code-server is not installed; run scripts/e2e/setup-tools.sh" >&2; exit 1; }
mkdir -p "$RUN_DIR"/{ud/User,exts,xdg-data,xdg-config,xdg-cache}
rm -f "$RUN_DIR/cs.pid" "$RUN_DIR/cs.url"

# The XDG dirs and --config keep code-server from writing its config, logs and heartbeat into $HOME.
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN_DIR/config.yaml"

# Why these flags: --auth none because only this machine can reach 127.0.0.1; workspace trust off,
# otherwise the folder opens in Restricted Mode and the extension is disabled; the grace time makes the
# extension host (and with it the language server) exit soon after the browser goes away.
# setsid gives the server its own process group, so stopping the group also ends the extension host,
# the language server and the file watcher it spawns.
PATH="$E2E_NODE_BIN:$PATH" \
XDG_DATA_HOME="$RUN_DIR/xdg-data" XDG_CONFIG_HOME="$RUN_DIR/xdg-config" XDG_CACHE_HOME="$RUN_DIR/xdg-cache" \
  setsid "$E2E_CODE_SERVER" \
    --config "$RUN_DIR/config.yaml" \
    --bind-addr "127.0.0.1:$PORT" --auth none \
    --user-data-dir "$RUN_DIR/ud" --extensions-dir "$RUN_DIR/exts" \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --reconnection-grace-time 10 \
    "$@" </dev/null >"$RUN_DIR/cs.log" 2>&1 &
PID=$!
echo "$PID" > "$RUN_DIR/cs.pid"

# Wait for the server to say which port it listens on (matters for PORT 0), then for /healthz.
# Each probe is a blocking read of the log or an HTTP request; the loop ends on success, on the
# server's exit, or after about a minute.
deadline=$((SECONDS + 60))
url=
while [ $SECONDS -lt $deadline ]; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "code-server exited during start-up; its log:" >&2; cat "$RUN_DIR/cs.log" >&2; exit 1
  fi
  if [ -z "$url" ]; then
    url=$(grep -o 'HTTP server listening on http://[0-9.]*:[0-9]*' "$RUN_DIR/cs.log" | head -1 | sed 's/.* on //') || true
  fi
  if [ -n "$url" ] && curl -sf -o /dev/null --max-time 2 "$url/healthz"; then
    echo "$url" > "$RUN_DIR/cs.url"
    echo "code-server (process group $PID) ready at $url"
    exit 0
  fi
  # A short pause between probes; readiness itself is decided by /healthz, not by this interval.
  sleep 0.2
done
echo "code-server did not become ready within 60 s; its log:" >&2; cat "$RUN_DIR/cs.log" >&2
"$(dirname "${BASH_SOURCE[0]}")/stop-code-server.sh" "$RUN_DIR"
exit 1
