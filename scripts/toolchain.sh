# shellcheck shell=bash
# Sourced by scripts/test and scripts/demo: puts Node >= 22.12 and pnpm >= 12 on PATH,
# then installs the workspace from the lockfile. Run from anywhere inside the repo.
#
#   ERRATA_TOOLCHAIN_DIR   where a private Node 24 + pnpm 12 are installed with npm when the
#                          ones on PATH are too old (default: ~/.cache/errata-toolchain)

ERRATA_MIN_NODE=22.12.0
ERRATA_MIN_PNPM=12.0.0

# errata_version_ge A B: true when dotted version A >= B.
errata_version_ge() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

# errata_toolchain_ok: the node and pnpm found on PATH are new enough.
errata_toolchain_ok() {
  local node_v pnpm_v
  node_v=$(node --version 2>/dev/null) || return 1
  pnpm_v=$(pnpm --version 2>/dev/null) || return 1
  errata_version_ge "${node_v#v}" "$ERRATA_MIN_NODE" && errata_version_ge "$pnpm_v" "$ERRATA_MIN_PNPM"
}

errata_setup_toolchain() {
  if errata_toolchain_ok; then
    return 0
  fi
  local dir="${ERRATA_TOOLCHAIN_DIR:-$HOME/.cache/errata-toolchain}"
  export PATH="$dir/node_modules/.bin:$PATH"
  if errata_toolchain_ok; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "toolchain: need Node >= $ERRATA_MIN_NODE and pnpm >= $ERRATA_MIN_PNPM, or npm to install them" >&2
    return 1
  fi
  echo "toolchain: installing node@24 and pnpm@12 into $dir" >&2
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error node@24 pnpm@12 >&2 || return 1
  hash -r
  if ! errata_toolchain_ok; then
    echo "toolchain: $dir did not provide Node >= $ERRATA_MIN_NODE and pnpm >= $ERRATA_MIN_PNPM" >&2
    return 1
  fi
}

errata_setup_toolchain || { echo "toolchain: setup failed" >&2; exit 1; }

# Local tools should not phone home or nag.
export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1
export TURBO_NO_UPDATE_NOTIFIER=1

ERRATA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ERRATA_ROOT
cd "$ERRATA_ROOT" || exit 1

echo "toolchain: node $(node --version), pnpm $(pnpm --version)" >&2
if ! pnpm install --frozen-lockfile --reporter=append-only >&2; then
  echo "toolchain: pnpm install --frozen-lockfile failed" >&2
  exit 1
fi
