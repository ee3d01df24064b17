/**
 * Theming on the real Khabarovsk feed: a site's own colours through the `--twin-*` custom properties
 * (with `light-dark()` pairs, so one rule serves both themes), and `::part()` for what the properties
 * do not cover. The toolbar switches language and theme.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/event-calendar/define.js';
import '../src/partner-map/define.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

/** A site's colours: a claret accent, square corners; the map's sea, land and sister-city colours. */
const CSS = `twin-event-calendar,
twin-partner-map {
  --twin-color-accent: light-dark(#8a1538, #ff9fb8);
  --twin-color-on-accent: light-dark(#ffffff, #2b0611);
  --twin-color-focus: light-dark(#8a1538, #ffc2d2);
  --twin-radius: 0;
  --twin-map-water: light-dark(#e4ecef, #0d1a20);
  --twin-map-partner-land: light-dark(#f3dfe4, #3a2229);
  --twin-map-sister: light-dark(#8a1538, #ff9fb8);
}`;

const PARTS_CSS = `twin-event-calendar::part(toolbar) {
  border-block-end: 2px solid var(--twin-color-accent);
  padding-block-end: 0.5em;
}
twin-event-calendar::part(title) {
  text-transform: uppercase;
  letter-spacing: 0.06em;
}
twin-partner-map::part(summary) {
  font-style: italic;
}`;

/** The same rules, scoped to one story so that the docs page's other stories keep the defaults. */
const scoped = (css: string, scope: string) => css.replace(/^(twin-[a-z-]+)/gm, `.${scope} $1`);

interface Args {
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Theming',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: [
          'Every colour, the corner radius and the spacing are `--twin-*` custom properties: set them on the',
          'elements (or on any ancestor) in your own stylesheet. The defaults are `light-dark()` pairs, which',
          'follow the `theme` attribute; give your values as pairs too and one rule serves both themes. Each',
          "element's docs page lists its properties and its parts; `::part()` styles what the properties",
          'leave out.',
        ].join(' '),
      },
    },
  },
  render: (a, {globals}) => html`<div class="themed" style="display: grid; gap: 1.5rem">
    <style>
      ${scoped(CSS, 'themed')}
    </style>
    <twin-event-calendar src=${FEED} date="2021-07" today="2021-07-22" theme=${ifDefined(a.theme ?? globals['theme'])}>
      <a href=${FEED}>Khabarovsk 2021 (JSON)</a>
    </twin-event-calendar>
    <twin-partner-map src=${FEED} partner="niigata" theme=${ifDefined(a.theme ?? globals['theme'])}>
      <a href=${FEED}>Khabarovsk's partner cities (JSON)</a>
    </twin-partner-map>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

const source = (css: string, theme = '') => `<style>
${css}
</style>

<twin-event-calendar src="/feeds/khabarovsk-2021.json" date="2021-07"${theme}></twin-event-calendar>
<twin-partner-map src="/feeds/khabarovsk-2021.json" partner="niigata"${theme}></twin-partner-map>`;

/** A claret accent and square corners; the map's sea, the partners' countries and sister cities in the site's colours. */
export const CustomColours: Story = {
  parameters: {docs: {source: {code: source(CSS), language: 'html'}}},
};

/** The same rules with `theme="dark"`, whatever the toolbar says: the second value of each `light-dark()` pair applies. */
export const Dark: Story = {
  args: {theme: 'dark'},
  parameters: {docs: {source: {code: source(CSS, ' theme="dark"'), language: 'html'}}},
};

/** `::part()`: a rule under the calendar's toolbar in the accent colour, the period title in capitals, the map's summary in italics. */
export const Parts: Story = {
  render: (_a, {globals}) => html`<div class="parts" style="display: grid; gap: 1.5rem">
    <style>
      ${scoped(CSS, 'parts')}
      ${scoped(PARTS_CSS, 'parts')}
    </style>
    <twin-event-calendar src=${FEED} date="2021-07" today="2021-07-22" theme=${ifDefined(globals['theme'])}>
      <a href=${FEED}>Khabarovsk 2021 (JSON)</a>
    </twin-event-calendar>
    <twin-partner-map src=${FEED} partner="niigata" theme=${ifDefined(globals['theme'])}>
      <a href=${FEED}>Khabarovsk's partner cities (JSON)</a>
    </twin-partner-map>
  </div>`,
  parameters: {docs: {source: {code: source(`${CSS}\n${PARTS_CSS}`), language: 'html'}}},
};
