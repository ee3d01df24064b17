#!/usr/bin/env node
/**
 * Proves that what `npm pack` makes is a working package, as a site or an app gets it from npm, not as
 * the checkout sees itself:
 * 1. `npm pack` (prepack builds) into a temporary directory; the tarball must hold every entry, chunk,
 *    type declaration, manifest, editor data file, the JSON Schema, the feed and the CLI, every path
 *    package.json names, and nothing that must not ship (sources, tests, excluded source maps).
 * 2. `npm install` of the tarball into a scratch project there (only the npm registry is needed).
 * 3. test/package/consumer.ts must type-check against it, under `moduleResolution` "bundler" and
 *    "node16", and test/package/consumer-bad.ts must fail on exactly its marked lines (so the check
 *    cannot pass because the types are `any` or missing).
 * 4. Each entry bundled by esbuild from the scratch project, imported in headless Chromium: the class
 *    entry defines no element, each element's entry defines that element alone, and several entries,
 *    a second copy and the CDN file on one page do not throw.
 * 5. `dist/twinning-kit.js` alone on a blank page: all four elements load the feed, the page asks for
 *    nothing but itself, the file and the feed, and Japanese needs no request either.
 * 6. The CLI from the package, without tsx: `npx twinning-kit validate` on the feed (exit 0) and on a
 *    broken copy (exit 1, the problem's path printed); dist/cli.js imports only `dependencies`.
 * Prints what passed, how long each check took, and exits 1 when any check failed.
 *
 * Run: npm run check:package (CI runs it after the production build). `--keep` keeps the scratch
 * directory and prints where it is.
 */
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {builtinModules} from 'node:module';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {performance} from 'node:perf_hooks';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, CHROME_ARGS} from './find-chrome.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const KEEP = process.argv.includes('--keep');

const ELEMENTS = [
  {tag: 'twin-event-calendar', entry: 'event-calendar', className: 'TwinEventCalendar'},
  {tag: 'twin-partner-map', entry: 'partner-map', className: 'TwinPartnerMap'},
  {tag: 'twin-delegation-list', entry: 'delegation-list', className: 'TwinDelegationList'},
  {tag: 'twin-report-summary', entry: 'report-summary', className: 'TwinReportSummary'},
];
const FEED = 'data-schema/feeds/khabarovsk-2021.json';

/** What the package must hold, whatever package.json says (its own paths are checked on top). */
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'bin/twinning-kit.js',
  'dist/index.js',
  'dist/twinning-kit.js',
  'dist/cli.js',
  // The embed page, for an iframe (and for WordPress's oEmbed): beside dist/twinning-kit.js, which it loads.
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed-resize.js',
  // The pre-rendered content's stylesheet (twinning-kit render), which render --all copies from here.
  'dist/twinning-kit-static.css',
  ...ELEMENTS.map((e) => `dist/${e.entry}.js`),
  'dist/types/src/index.d.ts',
  'dist/types/src/twinning-kit.d.ts',
  ...ELEMENTS.map((e) => `dist/types/src/${e.entry}/define.d.ts`),
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'vscode.css-custom-data.json',
  'web-types.json',
  'data-schema/feed.schema.json',
  FEED,
];
/** What must never ship, with the reason given when it does. */
const FORBIDDEN = [
  [
    /^(src|test|demo|stories|bench|scripts|xliff|\.storybook|\.ci|storybook-static)\//,
    'sources, tests and tooling stay in the repository',
  ],
  [/(^|\/)node_modules\//, 'dependencies are installed, never shipped'],
  [
    /(^|\/)(tsconfig[^/]*\.json|vite\.config\.ts|eslint\.config\.js|package-lock\.json|\.env[^/]*|[^/]+\.tgz)$/,
    'build configuration and local files',
  ],
];
/** Everything that ships must be one of these; anything else is a surprise worth a look. */
const ALLOWED =
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE(\.\w+)?|bin\/[^/]+\.js|dist\/[^/]+\.js(\.map)?|dist\/embed\.html|dist\/twinning-kit-static\.css|dist\/types\/.+\.d\.ts|data-schema\/feed\.schema\.json|data-schema\/feeds\/[^/]+\.json|custom-elements\.json|vscode\.(html|css)-custom-data\.json|web-types\.json)$/;

// ---------------------------------------------------------------------------------------------------
// Running the checks

/** @type {Array<{name: string, ok: boolean, ms: number, note?: string}>} */
const results = [];

/** Runs one check: it returns an optional note, or throws with what is wrong. */
async function check(name, fn) {
  const start = performance.now();
  let ok = true;
  let note;
  try {
    note = await fn();
  } catch (err) {
    ok = false;
    note = err instanceof Error ? err.message : String(err);
  }
  const ms = performance.now() - start;
  results.push({name, ok, ms, note});
  const time = `${(ms / 1000).toFixed(1)} s`;
  if (ok) console.log(`ok    ${name} (${time})${note ? `\n      ${note}` : ''}`);
  else console.log(`FAIL  ${name} (${time})\n      ${String(note).replaceAll('\n', '\n      ')}`);
  return ok;
}

/** Throws one error listing every problem, when there is any. */
function report(problems, what) {
  if (problems.length) throw new Error(`${what}:\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

/**
 * The environment for npm, npx, tsc and the CLI, as a consumer's shell would have it: without what
 * `npm run check:package` hands down (this checkout's npm_package_*, npm_lifecycle_*, npm_config_*
 * values, INIT_CWD) or NODE_OPTIONS (a `--import tsx` there would hide a bin that needs tsx).
 * Registry, cache and proxy settings are kept.
 */
function cleanEnv() {
  const env = {...process.env};
  for (const key of Object.keys(env)) {
    if (
      /^npm_/i.test(key) &&
      !/^npm_config_(cache|userconfig|globalconfig|cafile|ca|proxy|https_proxy|noproxy|strict_ssl)$|registry/i.test(key)
    ) {
      delete env[key];
    }
  }
  delete env.INIT_CWD;
  delete env.NODE_OPTIONS;
  return env;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return {status: result.status, out: `${result.stdout}${result.stderr}`.trim(), stdout: result.stdout};
}

function runOk(command, args, cwd) {
  const result = run(command, args, cwd);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${tail(result.out)}`);
  return result;
}

const tail = (text, lines = 40) => text.split('\n').slice(-lines).join('\n');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every file under dir, as `a/b/c` paths relative to it. */
function walk(dir, prefix = '') {
  return readdirSync(join(dir, prefix), {withFileTypes: true}).flatMap((d) => {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    return d.isDirectory() ? walk(dir, rel) : [rel];
  });
}

/** The paths package.json points at: main, module, types, exports (every condition), bin, manifests. */
function declaredPaths(pkg) {
  const paths = [];
  const add = (value, where) => {
    if (typeof value === 'string') paths.push([value.replace(/^\.\//, ''), where]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(v, `${where}.${k}`);
  };
  for (const field of ['main', 'module', 'types', 'typings', 'customElements', 'web-types', 'exports', 'bin']) {
    if (pkg[field] !== undefined) add(pkg[field], field);
  }
  return paths;
}

/**
 * The module specifiers each built file imports (static, re-exports, dynamic with a literal), as
 * esbuild parses them: every import is marked external, so each file is read on its own.
 * @returns {Promise<Map<string, Array<{path: string, kind: string}>>>} file (relative to dir) → imports
 */
async function importsOf(dir, relFiles) {
  const imports = new Map(relFiles.map((f) => [f, []]));
  await build({
    entryPoints: relFiles.map((f) => join(dir, f)),
    bundle: true,
    write: false,
    outdir: join(dir, '.imports'),
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-imports',
        setup(b) {
          b.onResolve({filter: /.*/}, (args) => {
            if (args.kind === 'entry-point') return undefined;
            const importer = relative(dir, args.importer).replaceAll('\\', '/');
            imports.get(importer)?.push({path: args.path, kind: args.kind});
            return {path: args.path, external: true};
          });
        },
      },
    ],
  });
  return imports;
}

/** The package a bare specifier belongs to: `lit/decorators.js` → `lit`, `@lit/localize` → `@lit/localize`. */
const packageOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (spec) => spec.startsWith('node:') || builtinModules.includes(spec);

// ---------------------------------------------------------------------------------------------------
// The checks

const work = mkdtempSync(join(tmpdir(), 'twin-package-'));
const packDir = join(work, 'pack');
const unpacked = join(work, 'unpacked');
const app = join(work, 'app');
const installed = join(app, 'node_modules', PKG.name);
let tarball = '';
let files = [];

/** npm pack, as `npm publish` would run it: prepack builds. */
function pack() {
  mkdirSync(packDir);
  runOk('npm', ['pack', '--pack-destination', packDir], ROOT);
  const [name] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack wrote no tarball into ${packDir}`);
  tarball = join(packDir, name);
  mkdirSync(unpacked);
  runOk('tar', ['-xzf', tarball, '-C', unpacked]);
  files = walk(join(unpacked, 'package')).sort();
  const unpackedSize = files.reduce((sum, f) => sum + statSync(join(unpacked, 'package', f)).size, 0);
  const js = files.filter((f) => /^dist\/[^/]+\.js$/.test(f)).length;
  const dts = files.filter((f) => f.startsWith('dist/types/')).length;
  const rest = files.filter((f) => !f.startsWith('dist/'));
  return [
    `${name}: ${files.length} files, ${kb(statSync(tarball).size)} packed, ${kb(unpackedSize)} unpacked`,
    `dist/: ${js} .js (entries, chunks, the CDN file, the CLI), dist/types/: ${dts} .d.ts`,
    `and ${rest.join(', ')}`,
  ].join('\n      ');
}

function checkFileList() {
  const have = new Set(files);
  const problems = [];
  for (const f of REQUIRED) if (!have.has(f)) problems.push(`missing: ${f}`);
  for (const f of files) {
    const forbidden = FORBIDDEN.find(([re]) => re.test(f));
    if (forbidden) problems.push(`must not ship: ${f} (${forbidden[1]})`);
    else if (!ALLOWED.test(f))
      problems.push(`unexpected: ${f} (ship it on purpose: add it to ALLOWED in scripts/check-package.mjs)`);
  }
  // Source maps left out by `files` must not ship, nor be pointed at.
  const mapsExcluded = (PKG.files ?? []).some((f) => f.startsWith('!') && f.endsWith('.map'));
  if (mapsExcluded)
    for (const f of files)
      if (f.endsWith('.map')) problems.push(`must not ship: ${f} (package.json files excludes source maps)`);
  report(problems, 'the tarball is not what the package needs');
  const dist = files.filter((f) => f.startsWith('dist/'));
  return `${dist.filter((f) => f.endsWith('.js')).length} .js files in dist/, ${dist.filter((f) => f.endsWith('.d.ts')).length} type declarations; nothing that must not ship`;
}

function checkDeclaredPaths() {
  const have = new Set(files);
  const declared = declaredPaths(PKG);
  const problems = declared
    .filter(([path]) => !have.has(path))
    .map(([path, where]) => `package.json ${where}: ${path} is not in the tarball`);
  // Every JavaScript entry in exports has its types next to it, so TypeScript never falls back to any.
  for (const [subpath, target] of Object.entries(PKG.exports ?? {})) {
    const js = typeof target === 'string' ? target : (target.default ?? target.import);
    if (typeof js === 'string' && js.endsWith('.js') && (typeof target === 'string' || !target.types)) {
      problems.push(`package.json exports["${subpath}"]: ${js} has no "types"`);
    }
  }
  report(problems, 'package.json points at what is not there');
  return `${declared.length} paths (main, module, types, exports, bin, customElements, web-types), all present`;
}

/** Built files import only shipped files and dependencies, and point at no source map that is not there. */
async function checkBuiltFiles() {
  const have = new Set(files);
  const deps = new Set(Object.keys(PKG.dependencies ?? {}));
  const problems = [];
  for (const f of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const code = readFileSync(join(unpacked, 'package', f), 'utf8');
    for (const m of code.matchAll(/^\/\/[#@] sourceMappingURL=(\S+)/gm)) {
      if (m[1].startsWith('data:')) continue;
      const target = join(dirname(f), m[1]).replaceAll('\\', '/');
      if (!have.has(target))
        problems.push(`${f} points at ${m[1]}, which does not ship (a 404 in every debugger that opens it)`);
    }
  }
  const built = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
  for (const [f, imports] of await importsOf(join(unpacked, 'package'), built)) {
    if (f === 'dist/twinning-kit.js' && imports.length)
      problems.push(`${f} must be self-contained, but imports ${imports.map((i) => i.path).join(', ')}`);
    for (const {path} of imports) {
      if (path.startsWith('.')) {
        const target = join(dirname(f), path).replaceAll('\\', '/');
        if (!have.has(target)) problems.push(`${f} imports ${path}, which does not ship`);
      } else if (!isBuiltin(path) && !deps.has(packageOf(path))) {
        problems.push(`${f} imports ${path}, which is not in dependencies`);
      }
    }
  }
  report(problems, 'the built files do not hold together');
  return 'relative imports resolve inside the tarball, bare ones are dependencies; no dangling sourceMappingURL; dist/twinning-kit.js imports nothing';
}

/** dist/cli.js, and every chunk it loads, needs only Node and `dependencies` (tsx is a dev dependency). */
async function checkCliImports() {
  const deps = new Set(Object.keys(PKG.dependencies ?? {}));
  const all = await importsOf(
    installed,
    walk(join(installed, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `dist/${f}`),
  );
  const seen = new Set();
  const bare = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const {path} of all.get(f) ?? []) {
      if (path.startsWith('.')) visit(join(dirname(f), path).replaceAll('\\', '/'));
      else bare.add(path);
    }
  };
  visit('dist/cli.js');
  const problems = [...bare]
    .filter((s) => !isBuiltin(s) && !deps.has(packageOf(s)))
    .map((s) => `dist/cli.js (or a chunk it loads) imports ${s}, which is not in dependencies`);
  // The bin loads tsx only where src/cli/main.ts exists, that is in a checkout, never in the package.
  if (existsSync(join(installed, 'src'))) problems.push('src/ was installed: bin/twinning-kit.js would go through tsx');
  report(problems, 'the CLI needs what the package does not bring');
  return `dist/cli.js and the ${seen.size - 1} chunks it loads import ${[...bare].sort().join(', ') || 'nothing'} besides`;
}

/** A scratch project with the tarball installed, as a consumer would: from the registry, no checkout. */
function install() {
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({name: 'twinning-kit-scratch', version: '0.0.0', private: true, type: 'module'}, null, 2)}\n`,
  );
  runOk(
    'npm',
    ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--no-progress', '--loglevel=error'],
    app,
  );
  const problems = [];
  if (!existsSync(installed)) problems.push(`${installed} is not there`);
  else if (lstatSync(installed).isSymbolicLink())
    problems.push(`${installed} is a link (to the checkout?), not an installed copy`);
  else if (JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version !== PKG.version)
    problems.push('the installed version is not the packed one');
  for (const dep of Object.keys(PKG.dependencies ?? {}))
    if (!existsSync(join(app, 'node_modules', dep, 'package.json')))
      problems.push(`dependency ${dep} was not installed`);
  if (existsSync(join(app, 'node_modules', 'tsx')))
    problems.push('tsx was installed: the CLI check would not prove the bin works without it');
  report(problems, 'the install is not what a consumer gets');
  const versions = Object.keys(PKG.dependencies ?? {}).map(
    (d) => `${d}@${JSON.parse(readFileSync(join(app, 'node_modules', d, 'package.json'), 'utf8')).version}`,
  );
  return `with ${versions.join(', ')}`;
}

// Type checks --------------------------------------------------------------------------------------

const RESOLUTIONS = {
  bundler: {module: 'ESNext', moduleResolution: 'bundler'},
  node16: {module: 'node16', moduleResolution: 'node16'},
};

/**
 * One tsc run over both consumers, in the scratch project (the checkout's compiler; everything it
 * resolves comes from the scratch project's node_modules). consumer.ts must have no error;
 * consumer-bad.ts must have one on each statement marked `; // error:` and on no other line.
 */
function typecheck(resolution) {
  const config = `tsconfig.${resolution}.json`;
  const compilerOptions = {
    ...RESOLUTIONS[resolution],
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    types: [],
    // The package's own declarations are checked too: one that names a missing module (a dev
    // dependency's types, say) is an error here instead of a silent `any` for the consumer.
    skipLibCheck: false,
  };
  writeFileSync(
    join(app, config),
    JSON.stringify({compilerOptions, files: ['consumer.ts', 'consumer-bad.ts']}, null, 2),
  );
  const result = run(process.execPath, [TSC, '-p', config, '--pretty', 'false'], app);
  const errors = [...result.out.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({
    file: m[1],
    line: Number(m[2]),
    code: m[3],
    message: m[4],
  }));
  const bad = readFileSync(join(app, 'consumer-bad.ts'), 'utf8').split('\n');
  const expected = bad.flatMap((line, i) => (/;\s*\/\/ error:/.test(line) ? [i + 1] : []));
  const problems = [];
  if (result.status === 0) problems.push("tsc passed consumer-bad.ts: the package's types let everything through");
  else if (!errors.length) problems.push(`tsc failed without a single error to read:\n${tail(result.out)}`);
  for (const line of expected) {
    if (!errors.some((e) => e.file === 'consumer-bad.ts' && e.line === line))
      problems.push(`consumer-bad.ts line ${line} type-checks, but must not: ${bad[line - 1].trim()}`);
  }
  for (const e of errors) {
    if (e.file !== 'consumer-bad.ts' || !expected.includes(e.line))
      problems.push(`${e.file}(${e.line}): ${e.code} ${e.message}`);
  }
  report(problems, `tsc, moduleResolution ${resolution}`);
  return `consumer.ts: no error; consumer-bad.ts: ${expected.length} marked lines, each rejected (${[...new Set(errors.map((e) => e.code))].join(', ')})`;
}

// The browser ----------------------------------------------------------------------------------------

/** @type {Map<string, [string, string | Buffer]>} what the server serves: path → [type, body] */
const routes = new Map();
let server;
let origin = '';
let browser;

async function startBrowser() {
  server = createServer((req, res) => {
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) return void res.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    // No `cache-control: no-store` (each page is a new browser context anyway): with it, Chromium may
    // report a fetch read to its end as failed, net::ERR_ABORTED (microsoft/playwright#42742).
    res.writeHead(200, {'content-type': route[0]}).end(route[1]);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
}

/**
 * Bundles `code` as a module of the scratch project: esbuild resolves `twinning-kit` from its
 * node_modules, the way the consumer's bundler would, and the inputs prove nothing came from the checkout.
 */
async function bundle(name, code, options = {}) {
  const file = join(app, 'pages', `${name}.js`);
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, code);
  const result = await build({
    entryPoints: [file],
    absWorkingDir: app,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outfile: join(app, 'out', `${name}.js`),
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const outside = inputs.filter((i) => i.startsWith('..') || i.startsWith('/'));
  if (outside.length)
    throw new Error(
      `the bundle of ${name} took files from outside the scratch project: ${outside.slice(0, 5).join(', ')}`,
    );
  if (!inputs.some((i) => i.startsWith(`node_modules/${PKG.name}/dist/`)))
    throw new Error(`the bundle of ${name} holds nothing of node_modules/${PKG.name}/dist/`);
  return result.outputFiles[0].text;
}

const html = (
  title,
  head,
  body = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

/** Records, before the page's own scripts run, which elements fired twin-load or twin-error. */
function recordLoads() {
  const w = /** @type {any} */ (window);
  w.__loaded = [];
  w.__failed = [];
  document.addEventListener('twin-load', (e) => w.__loaded.push(/** @type {Element} */ (e.target).localName));
  document.addEventListener('twin-error', (e) =>
    w.__failed.push(`${/** @type {Element} */ (e.target).localName}: ${/** @type {CustomEvent} */ (e).detail.message}`),
  );
}

/** Opens a page, collecting every request, page error, console error and failed response. */
async function open(path) {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  await page.addInitScript(recordLoads);
  await page.goto(`${origin}${path}`);
  return {page, requests, errors};
}

/**
 * Waits until the given elements fired twin-load (or any fired twin-error), then for the browser to idle.
 * A widget draws (and fetches) only when near the viewport, so each is scrolled to in page order, as a
 * reader scrolling down would reach it.
 */
async function waitForLoads(page, tags, timeout = 30_000) {
  for (const tag of tags) {
    await page.evaluate((t) => document.querySelector(t)?.scrollIntoView({block: 'start'}), tag);
    await page.waitForFunction(
      (t) => {
        const w = /** @type {any} */ (window);
        return w.__failed.length > 0 || w.__loaded.includes(t);
      },
      tag,
      {timeout},
    );
  }
  const failed = await page.evaluate(() => /** @type {any} */ (window).__failed);
  if (failed.length) throw new Error(`twin-error: ${failed.join('; ')}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  // What an element loads when idle (the delegation list's extra chunk) has its chance to be requested.
  await page.evaluate(() => new Promise((done) => window.requestIdleCallback(() => setTimeout(done, 300))));
}

const definedTags = (page) =>
  page.evaluate(
    (tags) => tags.filter((t) => customElements.get(t) !== undefined),
    ELEMENTS.map((e) => e.tag),
  );

async function classEntry() {
  // Every module the entry reaches is evaluated, even what package.json's sideEffects would let a
  // bundler drop: the entry itself must not register anything.
  routes.set('/class.js', [
    'text/javascript',
    await bundle('class', `import * as kit from '${PKG.name}';\nwindow.__kit = kit;\n`, {ignoreAnnotations: true}),
  ]);
  routes.set('/class', ['text/html', html('class entry', '<script type="module" src="/class.js"></script>')]);
  const {page, errors} = await open('/class');
  try {
    await page.waitForFunction(() => /** @type {any} */ (window).__kit);
    const problems = [...errors];
    const defined = await definedTags(page);
    if (defined.length) problems.push(`importing ${PKG.name} defined ${defined.join(', ')}`);
    const classes = await page.evaluate(
      (names) =>
        names.filter((n) => {
          const c = /** @type {any} */ (window).__kit[n];
          return !(typeof c === 'function' && c.prototype instanceof HTMLElement);
        }),
      ELEMENTS.map((e) => e.className),
    );
    if (classes.length) problems.push(`no element class exported as ${classes.join(', ')}`);
    const exported = await page.evaluate(() => Object.keys(/** @type {any} */ (window).__kit).length);
    report(problems, `import '${PKG.name}'`);
    return `${exported} exports, the four classes among them; no element defined`;
  } finally {
    await page.close();
  }
}

async function elementEntry({tag, entry}) {
  // A plain side-effect import, as the README shows it, bundled honouring package.json sideEffects.
  routes.set(`/${entry}.js`, ['text/javascript', await bundle(entry, `import '${PKG.name}/${entry}.js';\n`)]);
  routes.set(`/${entry}`, [
    'text/html',
    html(entry, `<script type="module" src="/${entry}.js"></script>`, `<${tag} src="/feed.json"></${tag}>`),
  ]);
  const {page, errors} = await open(`/${entry}`);
  try {
    await waitForLoads(page, [tag]);
    const problems = [...errors];
    const defined = await definedTags(page);
    if (defined.join() !== tag) problems.push(`defined: ${defined.join(', ') || 'nothing'}; expected ${tag} alone`);
    report(problems, `import '${PKG.name}/${entry}.js'`);
    return `${tag} alone defined, loaded the feed`;
  } finally {
    await page.close();
  }
}

async function togetherOnOnePage() {
  // Two entries in one bundle, one of them imported twice (statically and dynamically); then a second
  // bundle with its own copy of the kit; then the CDN file, as an old tag next to a new bundle.
  routes.set('/two.js', [
    'text/javascript',
    await bundle(
      'two',
      [
        `import {TwinEventCalendar} from '${PKG.name}/event-calendar.js';`,
        `import '${PKG.name}/event-calendar.js';`,
        `import '${PKG.name}/partner-map.js';`,
        `await import('${PKG.name}/event-calendar.js');`,
        'window.__first = TwinEventCalendar;',
      ].join('\n'),
    ),
  ]);
  routes.set('/copy.js', [
    'text/javascript',
    await bundle('copy', `import '${PKG.name}/event-calendar.js';\nimport '${PKG.name}/delegation-list.js';\n`),
  ]);
  routes.set('/together', [
    'text/html',
    html(
      'together',
      '<script type="module" src="/two.js"></script><script type="module" src="/copy.js"></script><script type="module" src="/twinning-kit.js"></script>',
      ELEMENTS.map((e) => `<${e.tag} src="/feed.json"></${e.tag}>`).join('\n'),
    ),
  ]);
  const {page, errors} = await open('/together');
  try {
    await waitForLoads(
      page,
      ELEMENTS.map((e) => e.tag),
    );
    const problems = [...errors];
    const defined = await definedTags(page);
    if (defined.length !== ELEMENTS.length) problems.push(`defined: ${defined.join(', ')}; expected all four`);
    if (
      !(await page.evaluate(() => customElements.get('twin-event-calendar') === /** @type {any} */ (window).__first))
    ) {
      problems.push('twin-event-calendar is not the class of the first bundle: a later copy replaced it?');
    }
    report(problems, 'several entries and copies on one page');
    return 'no error; the first copy keeps each name, the others step aside';
  } finally {
    await page.close();
  }
}

/** A message's English source and its translation, from the checkout's xliff/LANG.xlf. */
function message(lang, id) {
  const xlf = readFileSync(join(ROOT, 'xliff', `${lang}.xlf`), 'utf8');
  const m = xlf.match(
    new RegExp(
      `<trans-unit id="${id.replaceAll('.', '\\.')}">\\s*<source>([^<]*)</source>\\s*<target>([^<]*)</target>`,
    ),
  );
  if (!m) throw new Error(`no ${lang} translation of ${id} in xliff/${lang}.xlf`);
  return {source: m[1], target: m[2]};
}

let cdnPage;

async function cdnAlone() {
  // Only these: the page, the file and the feed, both taken from the installed package.
  routes.clear();
  routes.set('/twinning-kit.js', ['text/javascript', readFileSync(join(installed, 'dist/twinning-kit.js'))]);
  routes.set('/feed.json', ['application/json', readFileSync(join(installed, FEED))]);
  routes.set('/', [
    'text/html',
    html(
      'Twinning Kit from the package',
      '<script type="module" src="/twinning-kit.js"></script>',
      `\n<twin-event-calendar src="/feed.json" date="2021-07"></twin-event-calendar>\n<twin-partner-map src="/feed.json"></twin-partner-map>\n<twin-delegation-list src="/feed.json"></twin-delegation-list>\n<twin-report-summary src="/feed.json"></twin-report-summary>\n`,
    ),
  ]);
  cdnPage = await open('/');
  const {page, requests, errors} = cdnPage;
  await waitForLoads(
    page,
    ELEMENTS.map((e) => e.tag),
  );
  const problems = [...errors];
  const empty = await page.evaluate(
    (tags) =>
      tags.filter((t) => {
        const root = document.querySelector(t)?.shadowRoot;
        return (
          !root ||
          root.querySelector('[aria-busy="true"], [role="alert"], [part~="empty"]') ||
          !root.textContent?.trim()
        );
      }),
    ELEMENTS.map((e) => e.tag),
  );
  if (empty.length) problems.push(`not rendered: ${empty.join(', ')}`);
  problems.push(...unexpectedRequests(requests));
  if (requests.filter((r) => r === `${origin}/feed.json`).length !== 1)
    problems.push('four elements on one feed: the feed must be fetched once');
  report(problems, 'dist/twinning-kit.js alone on a blank page');
  return `four elements loaded the feed; requests: ${[...new Set(requests.map((r) => new URL(r).pathname))].join(', ')}`;
}

function unexpectedRequests(requests) {
  const allowed = new Set(['/', '/twinning-kit.js', '/feed.json'].map((p) => `${origin}${p}`));
  return requests
    .filter((r) => !allowed.has(r))
    .map((r) => `request for ${r}: the CDN file must need nothing but itself and the feed`);
}

async function cdnJapanese() {
  if (!cdnPage) throw new Error('the CDN page did not load');
  const {page, requests, errors} = cdnPage;
  const before = errors.length;
  const {source: en, target: ja} = message('ja', 'cal.label');
  const today = message('ja', 'cal.today');
  // The calendar's region label and its Today button: two of its own strings, from the ja locale.
  const read = () =>
    page.evaluate(() => {
      const root = document.querySelector('twin-event-calendar')?.shadowRoot;
      return [
        root?.querySelector('section.calendar')?.getAttribute('aria-label'),
        root?.querySelector('button.today')?.textContent?.trim(),
      ];
    });
  const problems = [];
  const shown = await read();
  if (shown.join() !== [en, today.source].join())
    problems.push(
      `before: the calendar shows ${JSON.stringify(shown)}, expected ${JSON.stringify([en, today.source])}`,
    );
  await page.evaluate(() => document.querySelector('twin-event-calendar')?.setAttribute('lang', 'ja'));
  try {
    await page.waitForFunction(
      (ja) =>
        document
          .querySelector('twin-event-calendar')
          ?.shadowRoot?.querySelector('section.calendar')
          ?.getAttribute('aria-label') === ja,
      ja,
      {timeout: 10_000},
    );
  } catch {
    // reported below
  }
  const after = await read();
  if (after.join() !== [ja, today.target].join())
    problems.push(
      `after lang="ja" the calendar shows ${JSON.stringify(after)}, expected ${JSON.stringify([ja, today.target])}`,
    );
  await page.evaluate(() => new Promise((done) => window.requestIdleCallback(() => setTimeout(done, 300))));
  problems.push(...errors.slice(before), ...unexpectedRequests(requests));
  await page.close();
  report(problems, 'lang="ja" on the CDN page');
  return `"${ja}", "${today.target}": the locales are inside the file`;
}

// The CLI --------------------------------------------------------------------------------------------

function cliValid() {
  // --no: never fetch a package of that name from the registry; the installed bin or nothing.
  const result = run('npx', ['--no', PKG.name, 'validate', join(installed, FEED)], app);
  if (result.status !== 0)
    throw new Error(`npx ${PKG.name} validate exited ${result.status}, expected 0:\n${tail(result.out)}`);
  return tail(result.out, 1);
}

function cliBroken() {
  const feed = JSON.parse(readFileSync(join(installed, FEED), 'utf8'));
  feed.events[2].start = '2021-13-45';
  const file = join(app, 'broken-feed.json');
  writeFileSync(file, JSON.stringify(feed, null, 2));
  const result = run('npx', ['--no', PKG.name, 'validate', file], app);
  const problems = [];
  if (result.status !== 1) problems.push(`exited ${result.status}, expected 1`);
  if (!result.out.includes('$.events[2].start')) problems.push('the output does not name $.events[2].start');
  report(problems, `npx ${PKG.name} validate on a feed with a bad date\n${tail(result.out, 10)}`);
  return result.out.split('\n').find((l) => l.includes('$.events[2].start'));
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  console.log(`Checking the npm package of ${PKG.name}@${PKG.version} in ${work}`);
  // Interrupted: the scratch directory goes too (unless kept).
  process.once('SIGINT', () => {
    if (!KEEP) rmSync(work, {recursive: true, force: true});
    process.exit(130);
  });
  let complete = false;
  try {
    if (!(await check('npm pack (prepack builds)', pack))) return;
    await check('the tarball holds what is needed, and nothing that must not ship', checkFileList);
    await check('every path in package.json is in the tarball, every JS export has types', checkDeclaredPaths);
    await check('built files: imports resolve, no dangling source map comment', checkBuiltFiles);
    if (!(await check('npm install <tarball> into a scratch project', install))) return;
    for (const f of ['consumer.ts', 'consumer-bad.ts'])
      writeFileSync(join(app, f), readFileSync(join(ROOT, 'test/package', f)));
    for (const resolution of Object.keys(RESOLUTIONS)) {
      await check(
        `types (moduleResolution ${resolution}): consumer.ts compiles, consumer-bad.ts fails where marked`,
        () => typecheck(resolution),
      );
    }
    await check('CLI: dist/cli.js needs only Node and dependencies', checkCliImports);
    await check(`CLI: npx ${PKG.name} validate ${FEED} exits 0`, cliValid);
    await check(`CLI: npx ${PKG.name} validate on a broken feed exits 1 with the path`, cliBroken);
    if (!(await check('start headless Chromium', startBrowser))) return;
    routes.set('/feed.json', ['application/json', readFileSync(join(installed, FEED))]);
    routes.set('/twinning-kit.js', ['text/javascript', readFileSync(join(installed, 'dist/twinning-kit.js'))]);
    await check(`browser: import '${PKG.name}' has no side effect`, classEntry);
    for (const element of ELEMENTS)
      await check(`browser: import '${PKG.name}/${element.entry}.js' defines ${element.tag} alone`, () =>
        elementEntry(element),
      );
    await check('browser: two entries, one twice, a second copy and the CDN file on one page', togetherOnOnePage);
    await check('browser: dist/twinning-kit.js alone on a blank page', cdnAlone);
    await check('browser: the CDN file in Japanese, with no request', cdnJapanese);
    complete = true;
  } finally {
    await browser?.close();
    server?.close();
    if (KEEP) console.log(`kept: ${work}`);
    else rmSync(work, {recursive: true, force: true});
    const failed = results.filter((r) => !r.ok);
    console.log(
      `\n${results.length - failed.length} of ${results.length} checks passed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (!complete) console.log('the checks after the failed one were skipped: they need what it makes');
    if (failed.length || !complete) {
      console.log(`failed:\n${failed.map((r) => `- ${r.name}`).join('\n')}`);
      process.exitCode = 1;
    }
  }
}

await main();
