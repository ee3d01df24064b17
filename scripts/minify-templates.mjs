/**
 * Shrinks the static text of Lit templates at build time: css`` loses comments and needless spaces,
 * html`` and svg`` lose indentation (a run of white space with a line break becomes one space, which
 * HTML renders the same). Template expressions are left alone. Used by vite.config.ts and bench/.
 */
import ts from 'typescript';

function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5em is .5em (a number's leading zero, never a selector's: those have no "0." after these).
      .replace(/([\s:(,])(-?)0\.(\d)/g, '$1$2.$3')
  );
}
function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Returns the source with its html``/svg``/css`` template text minified, or `undefined` when unchanged. */
export function minifyTemplates(code, fileName = 'file.ts') {
  if (!/\b(html|svg|css)`/.test(code)) return undefined;
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['html', 'svg', 'css'].includes(node.tag.text)
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const part of parts) {
        // The raw text between the delimiters (` or } at the start, ` or ${ at the end).
        const start = part.getStart(source) + 1;
        const end =
          part.getEnd() -
          (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = code.slice(start, end);
        const min = minify(raw);
        if (min !== raw) edits.push([start, end, min]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The Vite / Rollup plugin. */
export function minifyTemplatesPlugin() {
  return {
    name: 'twinning-kit:minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code, id);
      return out === undefined ? null : {code: out, map: null};
    },
  };
}

/** The esbuild plugin (bench/). */
export function minifyTemplatesEsbuild() {
  return {
    name: 'minify-templates',
    setup(build) {
      build.onLoad({filter: /\/src\/.*\.ts$/}, async (args) => {
        const {readFile} = await import('node:fs/promises');
        const code = await readFile(args.path, 'utf8');
        return {contents: minifyTemplates(code, args.path) ?? code, loader: 'ts'};
      });
    },
  };
}
