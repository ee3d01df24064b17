/**
 * The strip at the top of every demo page: the pages of the demo, the current one marked. Built with
 * DOM calls (no HTML strings), in the page's language, following the language switch.
 */
import {langOf, type Strings} from './i18n.js';
import {observeLang} from '../src/core/locale.js';

type Key = 'demo' | 'index' | 'niigata' | 'portland' | 'vladivostok' | 'builder' | 'checker' | 'react' | 'vue';
const PAGES: Array<[Key, string]> = [
  ['index', './index.html'],
  ['niigata', './niigata.html'],
  ['portland', './portland.html'],
  ['vladivostok', './vladivostok.html'],
  ['builder', './builder.html'],
  ['checker', './checker.html'],
  ['react', './react.html'],
  ['vue', './vue.html'],
];
const WORDS: Strings<Key> = {
  en: {
    demo: 'Twinning Kit demo',
    index: 'Khabarovsk city site',
    niigata: 'Niigata’s page',
    portland: 'Portland’s page (two feeds)',
    vladivostok: 'Another city’s feed (sample)',
    builder: 'Embed builder',
    checker: 'Feed checker',
    react: 'In React',
    vue: 'In Vue',
  },
  ru: {
    demo: 'Демонстрация Twinning Kit',
    index: 'Сайт Хабаровска',
    niigata: 'Страница Ниигаты',
    portland: 'Страница Портленда (две ленты)',
    vladivostok: 'Лента другого города (пример)',
    builder: 'Конструктор вставки',
    checker: 'Проверка ленты',
    react: 'В React',
    vue: 'Во Vue',
  },
  'zh-Hans': {
    demo: 'Twinning Kit 演示',
    index: '哈巴罗夫斯克市网站',
    niigata: '新潟市页面',
    portland: '波特兰页面（两个数据源）',
    vladivostok: '另一座城市的数据源（示例）',
    builder: '嵌入代码生成器',
    checker: '数据源检查',
    react: 'React 中使用',
    vue: 'Vue 中使用',
  },
  ja: {
    demo: 'Twinning Kit デモ',
    index: 'ハバロフスク市のサイト',
    niigata: '新潟市のページ',
    portland: 'ポートランド市のページ（2つのフィード）',
    vladivostok: '別の都市のフィード（サンプル）',
    builder: '埋め込みコード作成',
    checker: 'フィードの検査',
    react: 'React で使う',
    vue: 'Vue で使う',
  },
  ko: {
    demo: 'Twinning Kit 데모',
    index: '하바롭스크 시 사이트',
    niigata: '니가타 페이지',
    portland: '포틀랜드 페이지(피드 두 개)',
    vladivostok: '다른 도시의 피드(예시)',
    builder: '삽입 코드 만들기',
    checker: '피드 검사',
    react: 'React에서',
    vue: 'Vue에서',
  },
};

const nav = document.createElement('nav');
nav.className = 'demo-bar';
const title = document.createElement('span');
const list = document.createElement('ul');
nav.append(title, list);
const here = location.pathname.split('/').pop() || 'index.html';
const links = PAGES.map(([key, href]) => {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  if (href.endsWith(`/${here}`)) a.setAttribute('aria-current', 'page');
  li.append(a);
  list.append(li);
  return [key, a] as const;
});

function label(): void {
  const words = WORDS[langOf(document.documentElement)];
  nav.setAttribute('aria-label', words.demo);
  title.textContent = words.demo;
  for (const [key, a] of links) a.textContent = words[key];
}
label();
observeLang(label);
document.body.prepend(nav);
