/**
 * <twin-event-calendar> on the real Khabarovsk feed and on fixtures: every view, every state.
 * The toolbar switches language and theme.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/event-calendar/define.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {hangingFetch, HOME_ONLY} from './support.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

interface Args {
  src: string;
  view: '' | 'month' | 'list' | 'year';
  date: string;
  partner: string;
  category: string;
  format: string;
  maxEvents: number;
  today: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Event calendar',
  tags: ['autodocs'],
  component: 'twin-event-calendar',
  args: {
    src: FEED,
    view: 'month',
    date: '2021-07',
    partner: '',
    category: '',
    format: '',
    maxEvents: 3,
    today: '2021-07-22',
  },
  argTypes: {
    view: {control: 'inline-radio', options: ['', 'month', 'list', 'year']},
    partner: {control: 'select', options: ['', 'niigata', 'harbin', 'bucheon', 'portland', 'victoria', 'mogilev']},
    format: {control: 'select', options: ['', 'online', 'offline', 'hybrid', 'unstated']},
    category: {
      control: 'select',
      options: ['', 'culture', 'education', 'sport', 'health', 'official', 'economy', 'tourism', 'media'],
    },
  },
  render: (a, {globals}) => html`<twin-event-calendar
    src=${a.src}
    view=${a.view}
    date=${a.date}
    partner=${a.partner}
    category=${a.category}
    format=${a.format}
    max-events=${a.maxEvents}
    today=${a.today}
    theme=${ifDefined(globals['theme'])}
  >
    <a href=${FEED}>Khabarovsk 2021 (JSON)</a>
  </twin-event-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

/** July 2021: the delegation to Mogilev and the meeting on heart surgeries with Bucheon, known by month only. */
export const Month: Story = {};
export const List: Story = {args: {view: 'list'}};
/** Another city's sample feed: partners that are provinces, prefectures and an organization, a three-party agreement, dates known only by year or month, one lost, one given differently by two sources. */
export const AnotherCity: Story = {args: {src: '/demo/feeds/vladivostok-sample.json', view: 'list'}};
export const Year: Story = {args: {view: 'year', date: '2021'}};
export const PartnerHarbin: Story = {args: {view: 'list', partner: 'harbin'}};
export const OnlineOnly: Story = {args: {view: 'year', date: '2021', format: 'online'}};
export const NarrowAutoList: Story = {
  args: {view: ''},
  render: (a, c) => html`<div style="max-width: 360px">${meta.render!(a, c)}</div>`,
};

const big = syntheticFeed({events: 10_000});
/** 10,000 events: the month grid and the windowed list stay fast. */
export const TenThousandEvents: Story = {
  args: {date: '2021-07'},
  render: (a, {globals}) =>
    html`<twin-event-calendar .data=${big} view=${a.view} date=${a.date} today=${a.today} theme=${ifDefined(globals['theme'])}></twin-event-calendar>`,
};
export const TenThousandEventsList: Story = {...TenThousandEvents, args: {view: 'list'}};

/** While the feed loads: the space is reserved and the element's own link stays visible. */
export const Loading: Story = {
  render: () => {
    hangingFetch();
    return html`<twin-event-calendar src="/__hang__/feed.json" timeout="600000"><a href=${FEED}>Khabarovsk 2021 (JSON)</a></twin-event-calendar>`;
  },
};
export const Error: Story = {args: {src: '/data-schema/feeds/missing.json'}};
export const NoFeed: Story = {render: () => html`<twin-event-calendar></twin-event-calendar>`};
export const NoMatches: Story = {args: {category: 'health', format: 'hybrid'}};
export const SkippedItems: Story = {
  render: (a, {globals}) => html`<twin-event-calendar
    date="2021-07"
    theme=${ifDefined(globals['theme'])}
    .data=${{
      ...HOME_ONLY,
      events: [
        {id: 'ok', title: {ru: 'Встреча', en: 'Meeting'}, start: '2021-07-15', format: 'online'},
        {id: 'bad', title: {ru: 'Ошибка'}, start: '2021-07-32'},
      ],
    }}
  ></twin-event-calendar>`,
};
