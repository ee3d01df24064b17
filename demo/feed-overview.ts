/**
 * A plain overview of a feed for the demo page: the shared core (loading, validation, merging, states,
 * localized text, partial dates, Intl) at work before the four widgets take over the demo.
 */
import {css, html} from 'lit';
import {
  TwinElement,
  comparePartialDates,
  countryName,
  defineElement,
  formatPartialRange,
  resolveText,
  safeHref,
  type LocalizedText,
  type TwinData,
} from '../src/index.js';

const LABELS: Record<string, Record<string, string>> = {
  en: {
    partners: 'Partner cities',
    events: 'Joint events',
    delegations: 'Delegations and meetings',
    awards: 'Awards',
    sister: 'sister city',
    friendly: 'friendly city',
    other: 'partner',
    online: 'online',
    offline: 'in person',
    hybrid: 'hybrid',
    since: 'since',
    unstated: 'format not stated',
  },
  ru: {
    partners: 'Города-партнёры',
    events: 'Совместные мероприятия',
    delegations: 'Делегации и встречи',
    awards: 'Награды',
    sister: 'город-побратим',
    friendly: 'дружественный город',
    other: 'партнёр',
    online: 'онлайн',
    offline: 'очно',
    hybrid: 'смешанный формат',
    since: 'с',
    unstated: 'формат не указан',
  },
  'zh-Hans': {
    partners: '伙伴城市',
    events: '联合活动',
    delegations: '代表团与会晤',
    awards: '奖项',
    sister: '友好城市',
    friendly: '友好交流城市',
    other: '伙伴',
    online: '线上',
    offline: '线下',
    hybrid: '线上线下结合',
    since: '始于',
    unstated: '形式未注明',
  },
  ja: {
    partners: 'パートナー都市',
    events: '共同行事',
    delegations: '代表団と会談',
    awards: '受賞',
    sister: '姉妹都市',
    friendly: '友好都市',
    other: 'パートナー',
    online: 'オンライン',
    offline: '対面',
    hybrid: 'ハイブリッド',
    since: '提携',
    unstated: '形式の記載なし',
  },
  ko: {
    partners: '협력 도시',
    events: '공동 행사',
    delegations: '대표단 및 회담',
    awards: '수상',
    sister: '자매도시',
    friendly: '우호도시',
    other: '협력',
    online: '온라인',
    offline: '대면',
    hybrid: '혼합',
    since: '체결',
    unstated: '형식 미기재',
  },
};

export class DemoFeedOverview extends TwinElement {
  static override styles = [
    ...TwinElement.styles,
    css`
      h2 {
        font-size: 1.2em;
        margin: 1em 0 0.5em;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      li {
        margin-block: 0.25em;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
      }
    `,
  ];

  private label(key: string): string {
    return (LABELS[this.uiLocale] ?? LABELS['en']!)[key] ?? key;
  }

  private text(value: LocalizedText | undefined, data: TwinData) {
    const r = resolveText(value, this.locale, data.defaultLanguage);
    return r ? html`<span lang=${r.lang}>${r.text}</span>` : '';
  }

  protected override renderContent(data: TwinData) {
    const events = [...data.events].sort((a, b) => comparePartialDates(a.startDate, b.startDate));
    const report = data.reports[data.reports.length - 1];
    return html`
      <h2>${this.label('partners')} (${data.partnerships.length})</h2>
      <ul>
        ${data.partnerships.map((p) => {
          const city = data.cityById.get(p.city)!;
          return html`<li>
            ${this.text(city.name, data)}, ${countryName(city.country, this.locale)} —
            ${this.label(p.type)}${p.since ? html`, ${this.label('since')} ${p.since}` : ''}
          </li>`;
        })}
      </ul>
      <h2>${this.label('events')} (${events.length})</h2>
      <ul>
        ${events.map((e) => {
          const href = safeHref(e.url);
          return html`<li>
            <time datetime=${e.start}>${formatPartialRange(e.startDate, e.endDate, this.locale, data.timeZone)}</time>:
            ${href ? html`<a href=${href}>${this.text(e.title, data)}</a>` : this.text(e.title, data)}
            <span class="meta">(${this.label(e.format ?? 'unstated')}${
              e.cities.length
                ? html`; ${e.cities.map((id, i) => html`${i ? ', ' : ''}${this.text(data.cityById.get(id)?.name, data)}`)}`
                : ''
            })</span>
          </li>`;
        })}
      </ul>
      <h2>${this.label('delegations')} (${data.delegations.length})</h2>
      <ul>
        ${data.delegations.map(
          (d) => html`<li>
            <time datetime=${d.start}>${formatPartialRange(d.startDate, d.endDate, this.locale, data.timeZone)}</time>:
            ${this.text(d.purpose, data)} <span class="meta">(${this.label(d.format ?? 'unstated')})</span>
          </li>`,
        )}
      </ul>
      ${
        report
          ? html`<h2>${this.label('awards')} (${report.awards.length})</h2>
            <ul>
              ${report.awards.map((a) => html`<li>${this.text(a.title, data)}: ${this.text(a.competition, data)}</li>`)}
            </ul>`
          : ''
      }
    `;
  }
}

defineElement('demo-feed-overview', DemoFeedOverview);
