/**
 * <twin-delegation-list> on the real Khabarovsk feed and on fixtures: filters, search, 100,000 rows,
 * narrow cards, every state. The toolbar switches language and theme.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {HOME_ONLY} from './support.js';
import '../src/delegation-list/define.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

interface Args {
  src: string;
  direction: string;
  partner: string;
  format: string;
  q: string;
  sort: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Delegation list',
  tags: ['autodocs'],
  component: 'twin-delegation-list',
  args: {src: FEED, direction: '', partner: '', format: '', q: '', sort: 'date'},
  argTypes: {
    direction: {control: 'select', options: ['', 'incoming', 'outgoing']},
    partner: {control: 'select', options: ['', 'harbin', 'bucheon', 'mogilev', 'victoria']},
    format: {control: 'select', options: ['', 'online', 'offline', 'hybrid', 'unstated']},
    sort: {control: 'select', options: ['date', '-date', 'city', 'country']},
  },
  render: (a, {globals}) => html`<twin-delegation-list
    src=${a.src}
    direction=${a.direction}
    partner=${a.partner}
    format=${a.format}
    q=${a.q}
    sort=${a.sort}
    theme=${ifDefined(globals['theme'])}
  >
    <a href=${FEED}>Delegations of Khabarovsk (JSON)</a>
  </twin-delegation-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The five delegations and meetings of Khabarovsk's 2021 report. */
export const RealFeed: Story = {};
/** Another city's sample feed: partners that are provinces, prefectures and an organization, a three-party agreement, dates known only by year or month, one lost, one given differently by two sources. */
export const AnotherCity: Story = {args: {src: '/demo/feeds/vladivostok-sample.json'}};
/** The report lists no incoming delegation for 2021: the list says so and offers to clear the filter. */
export const IncomingOnly: Story = {args: {direction: 'incoming'}};
export const PartnerBucheon: Story = {args: {partner: 'bucheon'}};
export const Search: Story = {args: {q: 'online'}};
export const NewestFirst: Story = {args: {sort: '-date'}};
export const Narrow: Story = {
  render: (a, c) => html`<div style="max-width: 360px">${meta.render!(a, c)}</div>`,
};
export const Dark: Story = {
  render: (a) => html`<twin-delegation-list src=${a.src} theme="dark"></twin-delegation-list>`,
};

const big = syntheticFeed({events: 0, delegations: 100_000, years: 5});
/** 100,000 rows: only those in view are rendered. */
export const HundredThousandRows: Story = {
  render: (_a, {globals}) =>
    html`<twin-delegation-list .data=${big} theme=${ifDefined(globals['theme'])}></twin-delegation-list>`,
};

export const Error: Story = {args: {src: '/data-schema/feeds/missing.json'}};
export const NoDelegations: Story = {
  render: (_a, {globals}) => html`<twin-delegation-list
    theme=${ifDefined(globals['theme'])}
    .data=${HOME_ONLY}
  ></twin-delegation-list>`,
};

/** Each language of the kit, whatever the toolbar says: names keep their own `lang`, dates go through Intl. */
export const Russian: Story = {globals: {locale: 'ru'}};
export const English: Story = {globals: {locale: 'en'}};
export const ChineseSimplified: Story = {globals: {locale: 'zh-Hans'}};
export const Japanese: Story = {globals: {locale: 'ja'}};
export const Korean: Story = {globals: {locale: 'ko'}};
