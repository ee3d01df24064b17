import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';

// Feed text must never reach the DOM as HTML.
const UNSAFE_HTML = [
  {name: 'lit/directives/unsafe-html.js', message: 'Feed text must never be rendered as HTML.'},
  {name: 'lit/directives/unsafe-svg.js', message: 'Feed text must never be rendered as markup.'},
];

// The layers (ARCHITECTURE.md): core knows no element, and no element knows another. What two elements
// share moves to src/core/.
const ELEMENTS = ['event-calendar', 'partner-map', 'delegation-list', 'report-summary'];
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {paths: UNSAFE_HTML, patterns: [{group: forbidden.map((e) => `**/${e}/*`), message: why}]},
    ],
  },
});
const LAYERS = [
  layer(['src/core/**/*.ts'], ELEMENTS, 'core must not import an element: move what both need into src/core/.'),
  ...ELEMENTS.map((e) =>
    layer(
      [`src/${e}/**/*.ts`],
      ELEMENTS.filter((other) => other !== e),
      'An element must not import another element: move what both need into src/core/.',
    ),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'storybook-static/',
      'src/generated/',
      'coverage/',
      '.tmp/',
      // The WordPress plugin's copies of the built kit (scripts/build-wordpress-plugin.mjs).
      'integrations/wordpress/twinning-kit/assets/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        console: 'readonly',
        process: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      // Feed text must never reach the DOM as HTML.
      'no-restricted-imports': ['error', {paths: UNSAFE_HTML}],
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Never build DOM from strings.'},
        {property: 'outerHTML', message: 'Never build DOM from strings.'},
        {property: 'insertAdjacentHTML', message: 'Never build DOM from strings.'},
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...LAYERS,
  // Every message has its own id (xliff/ keys them; the CDN file carries no code to derive one from the text).
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='msg']:not(:has(Property[key.name='id']))",
          message: 'Give every msg() an explicit id: {id: "prefix.name"}.',
        },
      ],
    },
  },
  // demo/react (React 19): typescript-eslint's rules cover .tsx; React's own escape hatch for HTML is barred too.
  // demo/vue/*.vue is not linted (no Vue parser here): its script is kept small, the logic lives in .ts files.
  {
    files: ['**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Feed text must never be rendered as HTML.',
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', 'bin/**', '*.config.*', 'bench/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
