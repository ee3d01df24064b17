import {html} from 'lit';
import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {argTypesFromManifest, attributeControlsFromArgs} from './manifest-arg-types.js';

// The elements' descriptions on their docs pages come from here; the reference tables too (below).
setCustomElementsManifest(manifest);

/** Locale and theme toolbars: every story renders inside a wrapper with `lang` and the kit's `theme`. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'ru', title: 'Русский'},
          {value: 'en', title: 'English'},
          {value: 'zh-Hans', title: '中文（简体）'},
          {value: 'ja', title: '日本語'},
          {value: 'ko', title: '한국어'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          {value: 'auto', title: 'Auto'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'ru', theme: 'auto'},
  argTypesEnhancers: [attributeControlsFromArgs],
  decorators: [
    // The language reaches the widgets the way it does on a real page: from an ancestor's `lang`.
    // The theme goes to each story's `theme` attribute through `globals.theme` (see stories/args.ts).
    (story, context) => {
      const dark = context.globals['theme'] === 'dark';
      return html`<div lang=${context.globals['locale'] ?? 'ru'} style="padding:1rem;${dark ? 'background:#111418;color:#eee' : ''}">
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {
      // Each element's docs page (autodocs: description, the first story with its controls, every story)
      // lists what custom-elements.json says: attributes, properties, methods, events, slots, CSS
      // custom properties and CSS parts.
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName),
    },
    options: {
      storySort: {
        order: [
          'Getting started',
          'Theming',
          'Elements',
          ['Event calendar', 'Partner map', 'Delegation list', 'Report summary'],
          'Core',
        ],
      },
    },
  },
};
export default preview;
