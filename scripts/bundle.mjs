// Bundles the CLI and its worker into dist/headway.js and dist/worker.js, with the code they
// load on demand (one command's, the replay's) in dist/chunks/: a few files instead of ~150
// modules and their resolution. Not minified (stack traces stay readable; minifying saved
// nothing measurable) and without esbuild's keepNames, which wraps every function and made a
// 2,000-file run 65 % slower.
// Packages loaded only when needed (a config file, a folder scan, the worker pool, colour, YAML
// front matter) stay in node_modules and cost nothing when unused.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: { headway: 'src/cli/main.ts', worker: 'src/pipeline/worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['piscina', 'tinyglobby', 'zod', 'yaml', 'picocolors', 'fastify', '@fastify/swagger', '@fastify/swagger-ui'],
  outdir: 'dist',
  // Each command's code in its own chunk, loaded when that command runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The build's identity: a hash of everything it wrote. Caches of computed results
// (`.headway/history/`) are keyed by it, so any change to Headway's code invalidates them.
const { createHash } = await import('node:crypto');
const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
const hash = createHash('sha1');
const outputs = ['headway.js', 'worker.js', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).sort().map((f) => `chunks/${f}`)];
for (const file of outputs) hash.update(file).update(readFileSync(`dist/${file}`));
writeFileSync('dist/build-id.txt', `${hash.digest('hex').slice(0, 16)}\n`);
