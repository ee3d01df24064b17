import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/', 'dist-demo/', 'storybook-static/', 'src/generated/', 'coverage/', '.tmp/']},
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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'Feed text must never be rendered as HTML.'},
            {name: 'lit/directives/unsafe-svg.js', message: 'Feed text must never be rendered as markup.'},
          ],
        },
      ],
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
