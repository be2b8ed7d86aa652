# shellcheck shell=bash
# Sourced by scripts/test and scripts/demo: puts Node >= 22.18 and pnpm >= 12 on PATH (scripts/env),
# then installs the workspace from the lockfile. Run from anywhere inside the repo.

# shellcheck source=scripts/env
source "$(dirname "${BASH_SOURCE[0]}")/env" || exit 1

ERRATA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ERRATA_ROOT
cd "$ERRATA_ROOT" || exit 1

if ! pnpm install --frozen-lockfile --reporter=append-only >&2; then
  echo "toolchain: pnpm install --frozen-lockfile failed" >&2
  exit 1
fi
