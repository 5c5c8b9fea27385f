#!/usr/bin/env bash
# Starts the packaged application (demo profile, a throw-away H2 file, its own port), runs the browser checks
# against it, and stops it. Used by .ci/run after `mvn verify` has built the jar.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../.. && pwd)
jar=$(ls "$root"/target/traffic-eservices-*.jar | grep -v original | head -1)
work=$(mktemp -d)
port=${E2E_PORT:-18080}
java -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
  --spring.datasource.url="jdbc:h2:file:$work/eservices" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://localhost:$port/v3/api-docs" && break
  kill -0 $app 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
export E2E_SCREENSHOTS=${E2E_SCREENSHOTS:-$root/target/e2e-screenshots}
mkdir -p "$E2E_SCREENSHOTS"
npm ci --no-audit --no-fund --loglevel=error
E2E_BASE_URL="http://localhost:$port" node --test --test-concurrency=1 ./*.test.mjs || { tail -80 "$work/app.log"; exit 1; }
