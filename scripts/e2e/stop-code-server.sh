#!/usr/bin/env bash
# Stops the code-server process group started by start-code-server.sh RUN_DIR: TERM first, KILL for
# whatever is left after ten seconds. Safe to call twice or when nothing was started.
#
# Usage: scripts/e2e/stop-code-server.sh RUN_DIR
RUN_DIR=$1
PID=$(cat "$RUN_DIR/cs.pid" 2>/dev/null) || exit 0
[ -n "$PID" ] || exit 0
kill -TERM -- "-$PID" 2>/dev/null || { rm -f "$RUN_DIR/cs.pid"; exit 0; }
for _ in $(seq 1 50); do
  kill -0 -- "-$PID" 2>/dev/null || { rm -f "$RUN_DIR/cs.pid"; exit 0; }
  sleep 0.2
done
echo "code-server group $PID ignored TERM; killing it" >&2
kill -KILL -- "-$PID" 2>/dev/null || true
rm -f "$RUN_DIR/cs.pid"
