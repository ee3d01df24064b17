/**
 * <twin-partner-map> on the real Khabarovsk feed and on fixtures: each relation filter, a chosen
 * partner, the table view, 500 partners, every state. The toolbar switches language and theme.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/partner-map/define.js';
import {syntheticFeed} from '../data-schema/fixtures/generate.js';
import {hangingFetch, HOME_ONLY} from './support.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

interface Args {
  src: string;
  view: 'map' | 'list';
  relation: string;
  partner: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Partner map',
  tags: ['autodocs'],
  component: 'twin-partner-map',
  args: {src: FEED, view: 'map', relation: '', partner: ''},
  argTypes: {
    view: {control: 'inline-radio', options: ['map', 'list']},
    relation: {control: 'select', options: ['', 'sister', 'friendly', 'other']},
    partner: {
      control: 'select',
      options: ['', 'niigata', 'harbin', 'bucheon', 'portland', 'victoria', 'mogilev', 'gyumri', 'fuyuan'],
    },
  },
  render: (a, {globals}) => html`<twin-partner-map
    src=${a.src}
    view=${a.view}
    relation=${a.relation}
    partner=${a.partner}
    theme=${ifDefined(globals['theme'])}
  >
    <a href=${FEED}>Khabarovsk's partner cities (JSON)</a>
  </twin-partner-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The 16 partners of Khabarovsk, the map centred on the Pacific. */
export const RealFeed: Story = {};
export const SisterCities: Story = {args: {relation: 'sister'}};
export const FriendlyCities: Story = {args: {relation: 'friendly'}};
/** The feed has no "other" partnerships: the map says so and offers to show everyone. */
export const OtherPartners: Story = {args: {relation: 'other'}};
/** `partner="niigata"`: Niigata's card is open and its arc drawn thicker. */
export const SelectedPartner: Story = {args: {partner: 'niigata'}};
/** The table: sortable, in sync with the filters, and what the page prints. */
export const ListView: Story = {args: {view: 'list'}};
/** Another city's sample feed: partners that are provinces, prefectures and an organization, a three-party agreement, dates known only by year or month, one lost, one given differently by two sources. */
export const AnotherCity: Story = {args: {src: '/demo/feeds/vladivostok-sample.json', view: 'list'}};
export const Narrow: Story = {
  render: (a, c) => html`<div style="max-width: 360px">${meta.render!(a, c)}</div>`,
};

const many = syntheticFeed({events: 2000, partners: 493});
/** 500 partners (the 7 real ones and 493 synthetic), with every relation and status. */
export const FiveHundredPartners: Story = {
  render: (a, {globals}) =>
    html`<twin-partner-map .data=${many} view=${a.view} relation=${a.relation} theme=${ifDefined(globals['theme'])}></twin-partner-map>`,
};
export const FiveHundredPartnersList: Story = {...FiveHundredPartners, args: {view: 'list'}};

/** Always dark, whatever the toolbar says. */
export const Dark: Story = {
  render: (a) => html`<twin-partner-map src=${a.src} theme="dark"></twin-partner-map>`,
};

export const Loading: Story = {
  render: () => {
    hangingFetch();
    return html`<twin-partner-map src="/__hang__/feed.json" timeout="600000"><a href=${FEED}>Khabarovsk's partner cities (JSON)</a></twin-partner-map>`;
  },
};
export const Error: Story = {args: {src: '/data-schema/feeds/missing.json'}};
/** A feed without partnerships. */
export const NoPartners: Story = {
  render: (a, {globals}) => html`<twin-partner-map
    theme=${ifDefined(globals['theme'])}
    .data=${HOME_ONLY}
  ></twin-partner-map>`,
};
/** Every relation and status, and a partnership with a city the feed does not list (skipped, with a notice). */
export const RelationsAndStatuses: Story = {
  render: (a, {globals}) => html`<twin-partner-map
    theme=${ifDefined(globals['theme'])}
    .data=${{
      schemaVersion: 1,
      publisher: {city: 'khabarovsk', name: 'Хабаровск'},
      defaultLanguage: 'ru',
      timeZone: 'Asia/Vladivostok',
      cities: [
        {id: 'khabarovsk', name: {ru: 'Хабаровск', en: 'Khabarovsk'}, country: 'RU', coordinates: [135.07, 48.48]},
        {id: 'niigata', name: {ru: 'Ниигата', en: 'Niigata', ja: '新潟'}, country: 'JP', coordinates: [139.04, 37.92]},
        {id: 'portland', name: {ru: 'Портленд', en: 'Portland'}, country: 'US', coordinates: [-122.68, 45.52]},
        {
          id: 'mogilev',
          name: {ru: 'Могилёв', en: 'Mogilev', be: 'Магілёў'},
          country: 'BY',
          coordinates: [30.34, 53.92],
        },
        {id: 'gyumri', name: {ru: 'Гюмри', en: 'Gyumri', hy: 'Գյումրի'}, country: 'AM', coordinates: [43.85, 40.79]},
        {
          id: 'hokkaido',
          name: {ru: 'Хоккайдо', en: 'Hokkaido', ja: '北海道'},
          kind: 'prefecture',
          country: 'JP',
          coordinates: [141.35, 43.06],
        },
      ],
      partnerships: [
        {city: 'niigata', type: 'sister', since: '1965'},
        {city: 'portland', type: 'sister', status: 'suspended', since: '1988'},
        {city: 'mogilev', type: 'friendly', status: 'planned'},
        {city: 'gyumri', type: 'friendly', status: 'ended', since: '2010', until: '2020'},
        {city: 'hokkaido', type: 'other', since: '2001-05'},
        {city: 'atlantis', type: 'sister'},
      ],
    }}
  ></twin-partner-map>`,
};
