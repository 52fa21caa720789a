// `npm start`: builds the site when no build exists yet, then serves it (port from PORT, default 3000).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const next = 'node_modules/.bin/next';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(args) {
  const result = spawnSync(next, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('.next/BUILD_ID')) {
  console.log('No build found: building the site first (about a minute)…');
  run(['build']);
}
// The production server (server/start.mjs): Next with the pages' security policy and compression.
await import('../server/start.mjs');
