#!/usr/bin/env bash
# Runs the development commands the READMEs promise work from a clone (root README "Working on
# it", packages/cli/README.md "From a clone"), after scripts/test has built the packages:
#   source scripts/env; node packages/cli/dist/cli.mjs explain / parse / list / --version
# Prints one line per command and exits non-zero when any of them fails or says something else.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

failures=0
check() {
  local label=$1 expected=$2 output=$3
  if [[ $output == *"$expected"* ]]; then
    echo "ok    $label"
  else
    echo "FAIL  $label: expected to see: $expected"
    printf '%s\n' "$output" | sed 's/^/        /' | head -n 12
    failures=$((failures + 1))
  fi
}

# The root README: `source scripts/env` puts Node >= 22.12 and pnpm 12 on PATH, in a fresh shell
# with only the system's PATH (it installs them into the toolchain cache when they are missing).
env_out=$(env -i HOME="$HOME" ERRATA_TOOLCHAIN_DIR="${ERRATA_TOOLCHAIN_DIR:-}" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash -c 'source scripts/env && node -e "const [major, minor] = process.versions.node.split(\".\").map(Number); if (major < 22 || (major === 22 && minor < 12)) process.exit(1)" && echo "node $(node --version), pnpm $(pnpm --version)"' 2>&1)
check "source scripts/env (node and pnpm on PATH)" "pnpm 12." "$env_out"

cli=(node packages/cli/dist/cli.mjs)
check "node packages/cli/dist/cli.mjs explain discord 50013" "discord 50013 (MissingPermissions)" "$("${cli[@]}" explain discord 50013 2>&1)"
check "... explain oauth invalid_token" "bearer-oauth invalid_token" "$("${cli[@]}" explain oauth invalid_token 2>&1)"
check "... list icloud --kind unauthenticated" "choice-required" "$("${cli[@]}" list icloud --kind unauthenticated 2>&1)"
response=$'HTTP/2 429 \r\ncontent-type: application/json\r\nretry-after: 2\r\n\r\n{"message": "You are being rate limited.", "retry_after": 1.337, "global": false}'
check "curl -si ... | node packages/cli/dist/cli.mjs parse" "resource-exhausted · HTTP 429" "$(printf '%s' "$response" | "${cli[@]}" parse 2>&1)"
check "... parse --status 200 (a bare body)" "identity-registration 210" "$(printf '%s' '{"stat":"error","code":210,"error":"invalid_credentials"}' | "${cli[@]}" parse --status 200 2>&1)"
check "... --version" "$(node -p 'require("./packages/cli/package.json").version')" "$("${cli[@]}" --version 2>&1)"

if [ "$failures" -gt 0 ]; then
  echo "readme commands: $failures failed"
  exit 1
fi
echo "readme commands: all ok"
