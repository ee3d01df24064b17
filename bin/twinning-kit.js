#!/usr/bin/env node
// The command line: runs the TypeScript source in a checkout (through tsx), the built file in a package.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const source = new URL('../src/cli/main.ts', import.meta.url);
const built = new URL('../dist/cli.js', import.meta.url);
let main;
if (existsSync(fileURLToPath(source))) {
  const {register} = await import('tsx/esm/api');
  register();
  main = await import(source.href);
} else {
  main = await import(built.href);
}
process.exitCode = await main.run(process.argv.slice(2));
