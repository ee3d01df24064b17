/**
 * <twin-report-summary> on the real Khabarovsk feed and on fixtures: figures, charts with their tables,
 * sections, several years, every state. The toolbar switches language and theme.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {HOME_ONLY} from './support.js';
import '../src/report-summary/define.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

interface Args {
  src: string;
  year: string;
  section: string;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Report summary',
  tags: ['autodocs'],
  component: 'twin-report-summary',
  args: {src: FEED, year: '', section: '', compact: false},
  argTypes: {
    section: {
      control: 'select',
      options: [
        '',
        'festival',
        'exhibition',
        'harbin-committee',
        'japan-association',
        'sejong-agreement',
        'humanitarian',
        'sport',
        'creative',
        'conferences',
        'tourism',
      ],
    },
  },
  render: (a, {globals}) => html`<twin-report-summary
    src=${a.src}
    year=${a.year}
    section=${a.section}
    ?compact=${a.compact}
    theme=${ifDefined(globals['theme'])}
  >
    <a href=${FEED}>Khabarovsk: international activity in 2021 (JSON)</a>
  </twin-report-summary>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The 2021 report of Khabarovsk: 35 events, 5 delegations, 2 awards, plans for 2022. */
export const RealFeed: Story = {};
/** Another city's sample feed: partners that are provinces, prefectures and an organization, a three-party agreement, dates known only by year or month, one lost, one given differently by two sources. */
export const AnotherCity: Story = {args: {src: '/demo/feeds/vladivostok-sample.json'}};
/** Figures only, for a sidebar. */
export const Compact: Story = {
  args: {compact: true},
  render: (a, c) => html`<div style="max-width: 320px">${meta.render!(a, c)}</div>`,
};
/** One section of the report: tourism, with its events and what it lists besides. */
export const OneSection: Story = {args: {section: 'tourism'}};
export const Narrow: Story = {
  render: (a, c) => html`<div style="max-width: 360px">${meta.render!(a, c)}</div>`,
};

const years = syntheticFeed({events: 2000, years: 10, firstYear: 2012, reports: true});
/** Ten years of reports and 2,000 events: a year switcher, the comparison with the year before, events by year. */
export const SeveralYears: Story = {
  render: (_a, {globals}) =>
    html`<twin-report-summary .data=${years} theme=${ifDefined(globals['theme'])}></twin-report-summary>`,
};
export const Dark: Story = {
  render: (a) => html`<twin-report-summary src=${a.src} theme="dark"></twin-report-summary>`,
};
export const Error: Story = {args: {src: '/data-schema/feeds/missing.json'}};
export const Empty: Story = {
  render: (_a, {globals}) => html`<twin-report-summary
    theme=${ifDefined(globals['theme'])}
    .data=${HOME_ONLY}
  ></twin-report-summary>`,
};

/** Each language of the kit, whatever the toolbar says. */
export const Russian: Story = {globals: {locale: 'ru'}};
export const English: Story = {globals: {locale: 'en'}};
export const ChineseSimplified: Story = {globals: {locale: 'zh-Hans'}};
export const Japanese: Story = {globals: {locale: 'ja'}};
export const Korean: Story = {globals: {locale: 'ko'}};
