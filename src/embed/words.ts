/**
 * The embed page's own words (its title and what it says of a bad address), in the kit's five languages.
 * The iframe's `title` (the CLI, the builder) says the same as the page's.
 */
import type {UiLocale} from '../core/locale.js';
import type {EmbedKind} from './snippet.js';

export interface EmbedWords {
  kinds: Record<EmbedKind, string>;
  /** The page's title: "Event calendar — International cooperation". */
  suffix: string;
  unknownElement(value: string): string;
  noSrc: string;
  badSrc(value: string): string;
  /** What a correct address looks like (after either message). */
  example: string;
  /** The kit's file (twinning-kit.js) did not load beside the page. */
  noKit: string;
}

const EXAMPLE = 'embed.html?element=event-calendar&src=https://city.example/feed.json&lang=';

export const EMBED_WORDS: Record<UiLocale, EmbedWords> = {
  en: {
    kinds: {
      'event-calendar': 'Event calendar',
      'partner-map': 'Partner-city map',
      'delegation-list': 'Delegations and meetings',
      'report-summary': 'Annual report summary',
    },
    suffix: 'International cooperation',
    unknownElement: (v) =>
      `This embed cannot be shown: “${v}” is not a widget of the kit. Use element=event-calendar, partner-map, delegation-list or report-summary.`,
    noSrc: 'This embed cannot be shown: its address names no feed (src=).',
    badSrc: (v) =>
      `This embed cannot be shown: the feed address “${v}” is not an http(s) address or a path on this site.`,
    example: `For example: ${EXAMPLE}en`,
    noKit:
      'The widget could not be loaded: twinning-kit.js was not found beside embed.html, or its server does not allow it to be loaded here (Access-Control-Allow-Origin).',
  },
  ru: {
    kinds: {
      'event-calendar': 'Календарь мероприятий',
      'partner-map': 'Карта городов-партнёров',
      'delegation-list': 'Делегации и встречи',
      'report-summary': 'Итоги года',
    },
    suffix: 'Международное сотрудничество',
    unknownElement: (v) =>
      `Виджет не может быть показан: «${v}» — не виджет набора. Укажите element=event-calendar, partner-map, delegation-list или report-summary.`,
    noSrc: 'Виджет не может быть показан: в адресе не указана лента (src=).',
    badSrc: (v) => `Виджет не может быть показан: адрес ленты «${v}» — не адрес http(s) и не путь на этом сайте.`,
    example: `Например: ${EXAMPLE}ru`,
    noKit:
      'Виджет не удалось загрузить: рядом с embed.html нет файла twinning-kit.js, или его сервер не разрешает загружать его здесь (Access-Control-Allow-Origin).',
  },
  'zh-Hans': {
    kinds: {
      'event-calendar': '活动日历',
      'partner-map': '伙伴城市地图',
      'delegation-list': '代表团与会晤',
      'report-summary': '年度报告摘要',
    },
    suffix: '国际合作',
    unknownElement: (v) =>
      `无法显示此嵌入内容：“${v}”不是本工具包的组件。请使用 element=event-calendar、partner-map、delegation-list 或 report-summary。`,
    noSrc: '无法显示此嵌入内容：地址中没有指定数据源（src=）。',
    badSrc: (v) => `无法显示此嵌入内容：数据源地址“${v}”既不是 http(s) 地址，也不是本网站上的路径。`,
    example: `例如：${EXAMPLE}zh-Hans`,
    noKit:
      '无法加载组件：embed.html 旁边没有 twinning-kit.js，或其服务器不允许在此加载（Access-Control-Allow-Origin）。',
  },
  ja: {
    kinds: {
      'event-calendar': '行事カレンダー',
      'partner-map': '交流都市の地図',
      'delegation-list': '代表団・会談',
      'report-summary': '年次報告の概要',
    },
    suffix: '国際交流',
    unknownElement: (v) =>
      `この埋め込みは表示できません：「${v}」はこのキットのウィジェットではありません。element=event-calendar、partner-map、delegation-list、report-summary のいずれかを指定してください。`,
    noSrc: 'この埋め込みは表示できません：アドレスにフィード（src=）が指定されていません。',
    badSrc: (v) =>
      `この埋め込みは表示できません：フィードのアドレス「${v}」は http(s) のアドレスでも、このサイト上のパスでもありません。`,
    example: `例：${EXAMPLE}ja`,
    noKit:
      'ウィジェットを読み込めませんでした：embed.html と同じ場所に twinning-kit.js がないか、そのサーバーがここでの読み込みを許可していません（Access-Control-Allow-Origin）。',
  },
  ko: {
    kinds: {
      'event-calendar': '행사 달력',
      'partner-map': '협력 도시 지도',
      'delegation-list': '대표단 및 회담',
      'report-summary': '연간 보고서 요약',
    },
    suffix: '국제 교류',
    unknownElement: (v) =>
      `이 임베드를 표시할 수 없습니다: “${v}”은(는) 키트의 위젯이 아닙니다. element=event-calendar, partner-map, delegation-list 또는 report-summary를 지정하세요.`,
    noSrc: '이 임베드를 표시할 수 없습니다: 주소에 피드(src=)가 지정되어 있지 않습니다.',
    badSrc: (v) =>
      `이 임베드를 표시할 수 없습니다: 피드 주소 “${v}”은(는) http(s) 주소도, 이 사이트의 경로도 아닙니다.`,
    example: `예: ${EXAMPLE}ko`,
    noKit:
      '위젯을 불러올 수 없습니다: embed.html 옆에 twinning-kit.js가 없거나, 서버가 여기에서 불러오는 것을 허용하지 않습니다(Access-Control-Allow-Origin).',
  },
};
