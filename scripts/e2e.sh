#!/usr/bin/env bash
# End-to-end tests: build the app, then let Playwright serve it with `vite preview` and drive Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
port="${E2E_PORT:-4317}"
# Say clearly when the test server's port is taken, instead of a failure deep in Playwright.
if ! node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen(${port},'127.0.0.1',()=>s.close())"; then
  echo "error: port ${port} (the end-to-end tests' server) is in use; stop what uses it or set E2E_PORT to a free port" >&2
  exit 1
fi
npx vite build --logLevel warn --outDir "${E2E_DIST:-dist}"
npx playwright test "$@"
