#!/usr/bin/env bash
# Prints the path of a Temporal CLI (dev server) on stdout; progress and errors go to stderr.
# Order: $TEMPORAL_CLI, `temporal` on PATH, .tools/bin/temporal, a build with Go, else "sdk-download"
# (the Temporal SDK then downloads the CLI itself, which needs internet). Idempotent and quick when done.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(tr -d '[:space:]' < "$root/.temporal-cli-version")"
local_bin="$root/.tools/bin/temporal"

usable() { [ -n "$1" ] && [ -x "$1" ] && "$1" --version >/dev/null 2>&1; }

if [ -n "${TEMPORAL_CLI:-}" ]; then
  if usable "$TEMPORAL_CLI"; then echo "$TEMPORAL_CLI"; exit 0; fi
  echo "TEMPORAL_CLI=$TEMPORAL_CLI is not an executable Temporal CLI" >&2; exit 1
fi
if on_path="$(command -v temporal 2>/dev/null)" && usable "$on_path"; then echo "$on_path"; exit 0; fi
if usable "$local_bin"; then echo "$local_bin"; exit 0; fi

if command -v go >/dev/null 2>&1; then
  echo ">> Building the Temporal CLI $version with Go into .tools/bin (first time only; takes about 3 minutes)..." >&2
  mkdir -p "$root/.tools/bin"
  # -v names each package as it compiles: the progress shown while the build runs.
  if GOBIN="$root/.tools/bin" go install -v "github.com/temporalio/cli/cmd/temporal@$version" 2>&1 \
      | awk '{ n++; if (n % 25 == 0 || /^go: downloading github.com\/temporalio/) { print "   [" n " packages] " $0; fflush() } }' >&2 \
      && usable "$local_bin"; then
    echo ">> Temporal CLI ready: $local_bin" >&2
    echo "$local_bin"; exit 0
  fi
  echo ">> go install of the Temporal CLI failed; trying the SDK's download instead." >&2
fi

if [ "${TEMPORAL_ALLOW_DOWNLOAD:-1}" = "1" ]; then
  echo ">> No Temporal CLI found; the Temporal SDK will download one at first start (needs internet)." >&2
  echo "sdk-download"; exit 0
fi

cat >&2 <<MSG
No Temporal CLI could be found or built. Provide one of:
  1. TEMPORAL_CLI=/path/to/temporal   (an existing Temporal CLI binary)
  2. a 'temporal' command on PATH      (https://docs.temporal.io/cli)
  3. Go on PATH, so 'make' can build $version into .tools/bin
MSG
exit 1
