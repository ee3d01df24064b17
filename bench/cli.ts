/** How each bench script knows it was run on its own, and whether to print JSON (`--json`). */
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

/** True when `url` (a module's import.meta.url) is the script node was started with. */
export const isMain = (url: string): boolean =>
  !!process.argv[1] && url === pathToFileURL(resolve(process.argv[1])).href;

/** `--json` on a bench's command line: print its figures as JSON instead of its markdown table. */
export const jsonOutput = (): boolean => process.argv.includes('--json');
