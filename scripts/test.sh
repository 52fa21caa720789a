#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n=== %s ===\n' "$1"; }

step 'types';          npx tsc --noEmit
step 'lint';           npx eslint --max-warnings 0 .
step 'format';         npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
step 'content';        npx tsx scripts/content-check.ts
# No high or critical advisory in what the site runs; says so loudly when the registry cannot answer.
step 'audit';          npx tsx scripts/audit.ts
step 'unit tests';     npx vitest run
# Built for the address the browser tests use: pages prerendered now carry absolute URLs.
step 'build';          SITE_URL=http://127.0.0.1:${E2E_PORT:-3100} npx next build
step 'client bundle';  npx tsx scripts/check-client-bundle.ts
step 'JS budgets';     npx tsx scripts/check-js-budgets.ts
# The second browser-test server (CONTENT_SOURCE=contentful, against the stub) gets its own copy
# of the build, so pages it regenerates never reach the first one.
rm -rf .next-contentful && cp -a .next .next-contentful && rm -rf .next-contentful/cache
# Every internal link of the built site, its feeds, sitemap and data files answers 200. It starts
# its own site server on a free port with the build's SITE_URL (after the copy above, so pages it
# regenerates stay out of .next-contentful).
step 'links';          npx tsx scripts/check-links.ts --site-url http://127.0.0.1:${E2E_PORT:-3100}
# Lighthouse (mobile) on the nine pages the public lands on: accessibility, best practices and SEO
# 100, performance over the floor measured here (scripts/lighthouse/budgets.ts). Needs Chromium.
step 'browser';        bash scripts/ensure-chromium.sh
step 'lighthouse';     npx tsx scripts/lighthouse.ts
# Two instances behind one Redis share Next's cache: a webhook through one reaches the other
# (docs/deployment.md). Own copies of the build and content, own redis-server on loopback.
step 'redis';          bash scripts/ensure-redis.sh
step 'scale-out';      npx tsx scripts/test-scale-out.ts
step 'browser tests';  npx playwright test
