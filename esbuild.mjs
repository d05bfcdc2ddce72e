// Bundles the three processes: the extension (client), the language server and the CLI.
// `node esbuild.mjs` builds once; `--watch` rebuilds on change; `--production` minifies.
import { copyFileSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // Prefer packages' ES module builds: jsonc-parser's UMD build loads its parts with a require that
  // bundling cannot follow.
  mainFields: ['module', 'main'],
  // hcl2json loads its WASM file from beside its own module; keep it out of the bundle.
  external: ['vscode', '@cdktf/hcl2json'],
};

const all = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
// `node esbuild.mjs server` builds only the bundles whose output name contains one of the given words.
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const builds = names.length ? all.filter((b) => names.some((n) => b.outfile.includes(n))) : all;

// The CloudFormation property shapes are read at run time from beside the bundle (server/src/engine/mapping/shapes.ts).
mkdirSync('dist', { recursive: true });
copyFileSync('server/src/engine/mapping/cfn-shapes.json', 'dist/cfn-shapes.json');

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
