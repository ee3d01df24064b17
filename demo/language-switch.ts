/**
 * The pages' language switch: sets <html lang>, which every widget on the page follows. `?lang=ja` in
 * the address opens a page in that language, and the switch keeps the address in step, so a page in
 * one language can be linked to. A page asks for the buttons with an empty `<nav data-languages>`.
 */
const NAMES: Record<string, string> = {ru: 'Русский', en: 'English', 'zh-Hans': '中文', ja: '日本語', ko: '한국어'};
const LANGS = Object.keys(NAMES);

// Pages that keep their layout from the first paint have the buttons in their HTML already.
for (const nav of document.querySelectorAll('nav[data-languages]:empty')) {
  nav.setAttribute('aria-label', 'Язык / Language / 语言 / 言語 / 언어');
  for (const lang of LANGS) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset['lang'] = lang;
    b.lang = lang;
    b.textContent = NAMES[lang]!;
    nav.append(b);
  }
}

function choose(lang: string): void {
  document.documentElement.lang = lang;
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset['lang'] === lang));
  }
}

const asked = new URLSearchParams(location.search).get('lang');
choose(asked && LANGS.includes(asked) ? asked : document.documentElement.lang);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset['lang']!;
    choose(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}
