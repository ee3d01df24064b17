/**
 * For the one-file CDN build: every dynamic `import('./x.js')` of our sources becomes a static import of
 * the same module, given as `Promise.resolve(namespace)`. The file holds every chunk anyway (it inlines
 * them); as static imports the bundler hoists them into one scope instead of wrapping each module reached
 * by `import()` in a lazily run function, which makes the file smaller. What the code awaits stays a promise.
 */
const DYNAMIC = /(?<!typeof\s*)\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

export function staticImportsPlugin() {
  return {
    name: 'twinning-kit-static-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const specifiers = new Map();
      const out = code.replace(DYNAMIC, (_m, _q, spec) => {
        if (!specifiers.has(spec)) specifiers.set(spec, `__static${specifiers.size}`);
        return `Promise.resolve(${specifiers.get(spec)})`;
      });
      if (!specifiers.size) return null;
      const head = [...specifiers].map(([spec, name]) => `import * as ${name} from '${spec}';`).join('\n');
      return {code: `${head}\n${out}`, map: null};
    },
  };
}
