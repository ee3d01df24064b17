/**
 * The states every Twinning Kit element shares, shown on the demo's plain feed overview: loading
 * (light-DOM fallback, reserved space), loaded, items skipped with a notice, error with retry, no feed.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../demo/feed-overview.js';

const FEED = '/data-schema/feeds/khabarovsk-2021.json';

interface Args {
  src: string;
  partner: string;
}

const meta: Meta<Args> = {
  title: 'Core/Shared states',
  component: 'demo-feed-overview',
  args: {src: FEED, partner: ''},
  argTypes: {
    src: {control: 'text', description: 'One or more feed URLs, separated by spaces'},
    partner: {
      control: 'select',
      options: ['', 'niigata', 'harbin', 'bucheon', 'portland', 'victoria', 'mogilev'],
      description: 'Only what involves this partner city',
    },
  },
  render: (args, {globals}) =>
    html`<demo-feed-overview src=${args.src} partner=${args.partner} theme=${globals['theme'] ?? 'auto'}>
      <a href=${FEED}>Khabarovsk 2021 (JSON)</a>
    </demo-feed-overview>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Loaded: Story = {};

export const PartnerNiigata: Story = {args: {partner: 'niigata'}};

export const NotFound: Story = {args: {src: '/data-schema/feeds/missing.json'}};

export const NoFeed: Story = {
  render: (_args, {globals}) => html`<demo-feed-overview theme=${globals['theme'] ?? 'auto'}></demo-feed-overview>`,
};

const withBadItems = {
  schemaVersion: 1,
  publisher: {city: 'khabarovsk', name: {ru: 'Администрация города Хабаровска', en: 'Khabarovsk City Administration'}},
  defaultLanguage: 'ru',
  timeZone: 'Asia/Vladivostok',
  cities: [
    {id: 'khabarovsk', name: {ru: 'Хабаровск', en: 'Khabarovsk'}, country: 'RU', coordinates: [135.0719, 48.4802]},
    {
      id: 'niigata',
      name: {ru: 'Ниигата', en: 'Niigata', ja: '新潟市'},
      country: 'JP',
      coordinates: [139.0364, 37.9161],
    },
  ],
  partnerships: [{city: 'niigata', type: 'sister', since: '1965'}],
  events: [
    {
      id: 'ok',
      title: {ru: 'Встреча школьников', en: 'Schoolchildren meet'},
      start: '2021-06',
      format: 'online',
      cities: ['niigata'],
    },
    {id: 'bad-date', title: 'Дата с ошибкой', start: '2021-06-31', format: 'online'},
    {id: 'bad-link', title: {ru: 'Ссылка', en: 'A link'}, start: '2021', url: 'javascript:alert(1)'},
  ],
};

export const SkippedItems: Story = {
  render: (_args, {globals}) =>
    html`<demo-feed-overview .data=${withBadItems} theme=${globals['theme'] ?? 'auto'}></demo-feed-overview>`,
};
