// Bundles the extension client, the language server and the CLI with esbuild.
import { cp } from 'node:fs/promises';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
// pdf.js (bundled into the server and the CLI for importing PDFs) asks import.meta.url for a require
// function to load an optional native canvas; in these CommonJS bundles there is none, as intended.
const server = { ...common, define: { 'import.meta.url': 'undefined' } };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...server, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({ ...server, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The CMaps and standard fonts pdf.js reads for PDFs whose fonts are not embedded (common in Chinese
  // government PDFs), next to the bundles, where server/src/import/pdfData.ts looks for them.
  ...['cmaps', 'standard_fonts'].map((dir) => cp(`node_modules/pdfjs-dist/${dir}`, `server/out/pdfjs/${dir}`, { recursive: true })),
]);
