import {build} from 'esbuild';

/** An entry bundled into one module for a page, as a site's bundler would (Lit's production build). */
export async function oneFile(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: {'process.env.NODE_ENV': '"production"'},
    conditions: ['production'],
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}
