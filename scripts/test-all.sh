#!/usr/bin/env bash
# `npm test`: everything CI runs, in order of cost. Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== lint";      npx eslint .
echo "== typecheck"; npx vue-tsc --noEmit -p tsconfig.json
echo "== unit and component tests"; npx vitest run
echo "== end-to-end tests"; bash scripts/e2e.sh
