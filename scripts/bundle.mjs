// Bundles the CLI and its worker into dist/headway.js and dist/worker.js: one file instead of
// ~110 modules and their resolution. Not minified (stack traces stay readable; minifying saved
// nothing measurable) and without esbuild's keepNames, which wraps every function and made a
// 2,000-file run 65 % slower.
// Packages loaded only when needed (a config file, a folder scan, the worker pool, colour, YAML
// front matter) stay in node_modules and cost nothing when unused.
import { build } from 'esbuild';

await build({
  entryPoints: { headway: 'src/cli/main.ts', worker: 'src/pipeline/worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['piscina', 'tinyglobby', 'zod', 'yaml', 'picocolors'],
  outdir: 'dist',
  sourcemap: 'linked',
  logLevel: 'warning',
});
