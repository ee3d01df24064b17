/**
 * `npm run manifest`: custom-elements.json from the sources, and from it the editor data: VS Code's
 * HTML and CSS custom data and JetBrains web-types (tags, attributes and their values, events, parts,
 * CSS properties, with their descriptions).
 */
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';

export default {
  // The sources (--globs, --exclude, --litelement) are given on the command line (package.json).
  plugins: [
    {
      // The analyzer reads files in parallel: modules in path order, so that the file is the same every run.
      name: 'twinning-kit:sort-modules',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({outdir: '.', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true}),
  ],
};
