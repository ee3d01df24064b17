/**
 * What a screen reader is told the partner map's markers are: the names Chromium's accessibility tree
 * gives the marker buttons (what it hands to screen readers, not the DOM's text), in English, Russian,
 * Korean, Japanese and Chinese on the Khabarovsk feed, and on 500 partners.
 *
 * Whitespace between two parts of a template is left out of a button's name, and two boxes' texts are
 * joined with a space, so a name read from the DOM can look right while the screen reader says
 * "them:Khabarovsk" or "Niigata , Japan"; Japanese and Chinese take their own punctuation.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {chromium, type Browser} from 'playwright-core';
import {findChrome, CHROME_ARGS} from '../../scripts/find-chrome.mjs';
import {oneFile} from '../helpers/one-file.js';
import {syntheticFeed} from '../../data-schema/fixtures/generate.js';

let browser: Browser;
let script: string;
before(async () => {
  script = await oneFile('src/partner-map/define.ts');
  browser = await chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
});
after(() => browser?.close());

const KHABAROVSK = readFileSync('data-schema/feeds/khabarovsk-2021.json', 'utf8');

interface Spoken {
  /** The markers' names, in the order of the markers. */
  names: string[];
  /** Per marker: whether it is a group, how many places it holds, and the words shown beside it. */
  markers: Array<{group: boolean; home: boolean; size: number; shown: string}>;
}

/** A map of `feed` in `lang`, 1,100 px wide, and the names of its markers from Chromium's accessibility tree. */
async function spoken(feed: string, lang: string): Promise<Spoken> {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  try {
    await page.setContent(`<!doctype html><html lang="en"><body><main style="width:1100px"></main></body></html>`);
    await page.addScriptTag({type: 'module', content: script});
    await page.waitForFunction(() => !!customElements.get('twin-partner-map'));
    const markers = await page.evaluate(
      async ([json, lang]) => {
        const el = document.createElement('twin-partner-map') as HTMLElement & {
          data: unknown;
          updateComplete: Promise<unknown>;
        };
        el.setAttribute('lang', lang!);
        const loaded = new Promise((resolve) => el.addEventListener('twin-load', resolve, {once: true}));
        el.data = JSON.parse(json!);
        document.querySelector('main')!.append(el);
        await loaded;
        await el.updateComplete;
        return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker')].map((m) => {
          // The numbers drawn in the count and the badge (CSS content from `data-n`; no named function:
          // tsx would wrap it in a helper the page does not have).
          const [count, badge] = ['.count', '.badge'].map((sel) => {
            const el = m.querySelector(sel);
            return el ? getComputedStyle(el, '::before').content.replace(/^"|"$/g, '') : '';
          });
          return {
            group: m.classList.contains('group'),
            home: m.classList.contains('home') || m.classList.contains('with-home'),
            size: count ? Number(count) : badge ? 1 + Number(badge.replace('+', '')) : 1,
            shown: m.querySelector('.label')?.textContent ?? '',
          };
        });
      },
      [feed, lang] as const,
    );
    // Each marker's own node in the accessibility tree.
    const cdp = await page.context().newCDPSession(page);
    const names: string[] = [];
    for (let i = 0; i < markers.length; i++) {
      const {result} = await cdp.send('Runtime.evaluate', {
        expression: `document.querySelector('twin-partner-map').shadowRoot.querySelectorAll('.marker')[${i}]`,
      });
      const {nodes} = (await cdp.send('Accessibility.getPartialAXTree', {
        objectId: result.objectId!,
        fetchRelatives: false,
      })) as {nodes: Array<{ignored: boolean; role?: {value: string}; name?: {value: string}}>};
      const node = nodes.find((n) => !n.ignored && n.role?.value === 'button');
      assert.ok(node, `marker ${i} is a button to assistive technology`);
      names.push(node.name?.value ?? '');
    }
    return {names, markers};
  } finally {
    await page.close();
  }
}

/**
 * Everything a name says, per language, after the words shown beside the marker (which every name begins
 * with, and a group's ends with the sentence stop): the group's sentence around its list, and a single
 * place's parts.
 */
const GRAMMAR: Record<string, {group: RegExp; home: RegExp; single: RegExp; separator: string; stop: string}> = {
  en: {
    group: /^(\d+) partners: (.+)\. Zoom in to see them\.$/,
    home: /^(\d+) places, the home city among them: (.+)\. Zoom in to see them\.$/,
    single: /^([^,]+), ([^,]+), (Sister city|Friendly city|Other partnership)(, .+)?$/,
    separator: ', ',
    stop: '. ',
  },
  ru: {
    group: /^Группа партнёров \((\d+)\): (.+)\. Приблизьте карту, чтобы увидеть их\.$/,
    home: /^Группа мест \((\d+)\), включая основной город: (.+)\. Приблизьте карту, чтобы увидеть их\.$/,
    single: /^([^,]+), ([^,]+), ([^,]+)(, .+)?$/,
    separator: ', ',
    stop: '. ',
  },
  ko: {
    group: /^파트너 (\d+)곳: (.+)\. 확대하면 각각 볼 수 있습니다\.$/,
    home: /^중심 도시를 포함한 (\d+)곳: (.+)\. 확대하면 각각 볼 수 있습니다\.$/,
    single: /^([^,]+), ([^,]+), ([^,]+)(, .+)?$/,
    separator: ', ',
    stop: '. ',
  },
  ja: {
    group: /^(\d+)のパートナー：(.+)。拡大すると個別に表示されます。$/,
    home: /^中心都市を含む(\d+)か所：(.+)。拡大すると個別に表示されます。$/,
    single: /^([^、,]+)、([^、,]+)、([^、,]+)(、.+)?$/,
    separator: '、',
    stop: '。',
  },
  'zh-Hans': {
    group: /^(\d+)个合作伙伴：(.+)。放大地图即可分别查看。$/,
    home: /^(\d+)个地点，包括中心城市：(.+)。放大地图即可分别查看。$/,
    single: /^([^、,]+)、([^、,]+)、([^、,]+)(、.+)?$/,
    separator: '、',
    stop: '。',
  },
};

/** Checks every marker's name against `lang`'s grammar; returns the groups' lists of places. */
function check({names, markers}: Spoken, lang: string): string[][] {
  const g = GRAMMAR[lang]!;
  assert.equal(names.length, markers.length, 'a name for every marker');
  const lists: string[][] = [];
  markers.forEach((m, i) => {
    const name = names[i]!;
    // No space before punctuation, none missing after it (in Japanese and Chinese, none at all around it).
    assert.doesNotMatch(name, /\s[,.、。：:]/, `a space before punctuation: "${name}"`);
    if (g.separator === ', ') assert.doesNotMatch(name, /[,:.][^\s\d)]/u, `no space after punctuation: "${name}"`);
    else assert.doesNotMatch(name, /[、。：]\s|[,.:]/, `Latin punctuation or spaces in "${name}"`);
    // Label in name (WCAG 2.5.3): the name begins with the words shown, so "click Harbin, Jiamusi and 2
    // more" finds the group for those who speak to their computer.
    assert.ok(m.shown && name.startsWith(m.shown), `"${name}" begins with the shown "${m.shown}"`);
    if (m.group) {
      assert.ok(name.startsWith(m.shown + g.stop), `"${name}": the shown words, then a stop`);
      const [, n, list] = (m.home ? g.home : g.group).exec(name.slice(m.shown.length + g.stop.length)) ?? [];
      assert.ok(list, `a group says how many and which: "${name}"`);
      assert.equal(Number(n), m.size, name);
      lists.push(list.split(g.separator));
    } else if (!m.home) {
      assert.match(name, g.single, 'a place: its name, its country, the relation');
    }
  });
  return lists;
}

test('Khabarovsk in five languages: groups and places named in words, with the reader’s punctuation', async () => {
  const expected: Record<string, string> = {
    en: 'Niigata and Musashino. 2 partners: Niigata, Musashino. Zoom in to see them.',
    ru: 'Ниигата и Мусасино. Группа партнёров (2): Ниигата, Мусасино. Приблизьте карту, чтобы увидеть их.',
    ko: '니가타 및 무사시노. 파트너 2곳: 니가타, 무사시노. 확대하면 각각 볼 수 있습니다.',
    ja: '新潟市、武蔵野市。2のパートナー：新潟市、武蔵野市。拡大すると個別に表示されます。',
    'zh-Hans': '新潟和武藏野。2个合作伙伴：新潟、武藏野。放大地图即可分别查看。',
  };
  const mogilev: Record<string, string> = {
    en: 'Mogilev, Belarus, Friendly city',
    ru: 'Могилёв, Беларусь, Дружественный город',
    ko: '모길료프, 벨라루스, 우호도시',
    ja: 'モギリョフ、ベラルーシ、友好都市',
    'zh-Hans': '莫吉廖夫、白俄罗斯、友好交流城市',
  };
  for (const lang of Object.keys(GRAMMAR)) {
    const s = await spoken(KHABAROVSK, lang);
    const lists = check(s, lang);
    assert.ok(lists.length >= 3, `${lang}: the crowded partners are grouped`);
    assert.ok(s.names.includes(expected[lang]!), `${lang}: ${s.names.join(' | ')}`);
    assert.ok(s.names.includes(mogilev[lang]!), `${lang}: ${s.names.join(' | ')}`);
    // Every partner is named once: on its own marker or in its group's list.
    assert.equal(
      lists.reduce((n, l) => n + l.length, 0) + s.markers.filter((m) => !m.group).length,
      17,
      `${lang}: the 16 partners and the home city`,
    );
  }
});

test('500 partners: a group names its first five places and how many more', async () => {
  const s = await spoken(JSON.stringify(syntheticFeed({events: 100, partners: 493})), 'en');
  const lists = check(s, 'en');
  let withMore = 0;
  s.markers
    .filter((m) => m.group)
    .forEach((m, i) => {
      const list = lists[i]!;
      if (m.size > 5) {
        withMore++;
        assert.equal(list.length, 6, list.join(', '));
        assert.equal(list[5], `${m.size - 5} more`);
      } else assert.equal(list.length, m.size, list.join(', '));
    });
  assert.ok(withMore > 0, 'some groups hold more than five places');
});
