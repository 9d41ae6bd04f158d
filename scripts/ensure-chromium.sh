#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests (Playwright drives Debian's, never its own download).
# Looks, in order, for $CHROMIUM_PATH, chromium / chromium-browser on PATH; otherwise, as root with apt,
# installs Debian's chromium and fonts-noto-cjk (without the fonts every Chinese glyph renders as a box).
set -euo pipefail

found() { printf '%s\n' "$1"; exit 0; }

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] && found "$CHROMIUM_PATH"
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

cjk_fonts() { fc-list :lang=zh 2>/dev/null | grep -q .; }

for name in chromium chromium-browser; do
  if path="$(command -v "$name" 2>/dev/null)"; then
    if ! cjk_fonts && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
      echo ">> Installing fonts-noto-cjk with apt (Chinese text in screenshots)..." >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1; } || true
    fi
    found "$path"
  fi
done

if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
  echo ">> Installing Debian's chromium and fonts-noto-cjk with apt (first time only)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >&2 && apt-get install -y -qq chromium fonts-noto-cjk >&2; then
    found "$(command -v chromium)"
  fi
fi

cat >&2 <<'MESSAGE'
No Chromium could be found or installed for the browser tests. Provide one of:
  - CHROMIUM_PATH=/path/to/chromium (an existing Chromium or Chrome binary)
  - chromium on PATH (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk)
  - run as root on a Debian-like system with apt, and this script installs both
MESSAGE
exit 1
