#!/usr/bin/env bash
# End-to-end tests: build the app, then let Playwright serve it with `vite preview` and drive Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npx vite build --logLevel warn --outDir "${E2E_DIST:-dist}"
npx playwright test "$@"
