/**
 * For the demo's embed builder (`npm start`): the CDN file `dist/twinning-kit.js` built from this checkout
 * exactly as `vite build --mode cdn` builds it (same config, in memory), served with its Subresource
 * Integrity hash, so that the snippet the builder writes carries the hash of the file a release of this
 * version publishes, and its preview runs that very file.
 *   GET /@twinning-kit/twinning-kit.js   the file
 *   GET /@twinning-kit/cdn.json          {version, file, integrity, bytes, gzipBytes}
 * Built on first request, again after a source file changes.
 */
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';

const run = promisify(execFile);

export const CDN_PATH = '/@twinning-kit/twinning-kit.js';
export const CDN_INFO_PATH = '/@twinning-kit/cdn.json';

/**
 * The CDN file's bytes and what the snippet says of them. Built in a child process, as `npm run build`
 * does: inside the dev server, NODE_ENV is `development`, which would pick Lit's development build.
 */
export async function buildCdnFile(root) {
  const outDir = mkdtempSync(join(tmpdir(), 'twin-cdn-'));
  try {
    const vite = resolve(root, 'node_modules/vite/bin/vite.js');
    await run(process.execPath, [vite, 'build', '--mode', 'cdn', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: root,
      env: {...process.env, NODE_ENV: 'production'},
    });
    const bytes = readFileSync(join(outDir, 'twinning-kit.js'));
    const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
    return {
      bytes,
      info: {
        version,
        file: 'dist/twinning-kit.js',
        integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, {level: 9}).length,
      },
    };
  } finally {
    rmSync(outDir, {recursive: true, force: true});
  }
}

/** The Vite dev-server plugin. */
export function cdnFilePlugin() {
  let root = process.cwd();
  let pending;
  return {
    name: 'twinning-kit-cdn-file',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      const forget = (file) => {
        if (/[\\/](src|data-schema)[\\/]/.test(file)) pending = undefined;
      };
      server.watcher.on('change', forget);
      server.watcher.on('add', forget);
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path !== CDN_PATH && path !== CDN_INFO_PATH) return next();
        pending ??= buildCdnFile(root);
        pending.then(
          ({bytes, info}) => {
            res.setHeader('cache-control', 'no-store');
            if (path === CDN_PATH) res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'}).end(bytes);
            else res.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(info));
          },
          (err) => {
            pending = undefined;
            res
              .writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
              .end(`the CDN build failed: ${err?.message ?? err}`);
          },
        );
      });
    },
  };
}

/** For `vite build --mode cdn`: prints the file's Subresource Integrity hash, for a hand-written snippet. */
export function integrityReportPlugin() {
  return {
    name: 'twinning-kit-integrity',
    apply: 'build',
    writeBundle(options, bundle) {
      const chunk = bundle['twinning-kit.js'];
      if (!chunk || chunk.type !== 'chunk') return;
      const hash = createHash('sha384').update(chunk.code).digest('base64');
      console.log(`\ntwinning-kit.js integrity: sha384-${hash}`);
    },
  };
}
