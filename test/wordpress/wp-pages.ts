/**
 * What a person does in WordPress, through Chromium (playwright-core, the installed Chromium): log in,
 * write a post in the block editor or the classic editor, and look at a published post the way a reader
 * does (does the widget show the feed's data, or did WordPress strip it?).
 */
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {CHROME_ARGS, findChrome} from '../../scripts/find-chrome.mjs';
import type {User, WordPressSite} from './harness.js';

export type Editor = 'block' | 'classic';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: findChrome(), args: CHROME_ARGS, headless: true});
}

/**
 * A new context. tsx compiles with esbuild's keepNames: a function handed to `page.evaluate` may call
 * `__name(fn, 'x')`, which the page must know.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(DEEP_TEXT);
  return context;
}

/** A browser context logged in as `user` (through wp-login.php); `classic` switches to the classic editor. */
export async function logIn(
  browser: Browser,
  site: WordPressSite,
  user: User,
  editor: Editor,
): Promise<BrowserContext> {
  const context = await newContext(browser);
  if (editor === 'classic') await context.addCookies([{name: 'twin_classic', value: '1', url: site.url}]);
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  await page.close();
  return context;
}

/** The block editor of a new post, loaded and ready. */
export async function openBlockEditor(context: BrowserContext, site: WordPressSite): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(
    () => {
      const wp = (window as unknown as {wp?: WpGlobal}).wp;
      return Boolean(
        wp?.data?.select('core/editor')?.getCurrentPostId?.() && wp.blocks?.getBlockType('core/paragraph'),
      );
    },
    undefined,
    {timeout: 60_000},
  );
  return page;
}

interface WpGlobal {
  data: {select(store: string): Record<string, (...a: unknown[]) => unknown>};
  blocks: {
    getBlockType(name: string): unknown;
    createBlock(name: string, attributes: Record<string, unknown>): unknown;
    serialize(blocks: unknown[]): string;
  };
  apiFetch(options: {path: string; method?: string; data?: unknown}): Promise<Record<string, unknown>>;
}

export interface Draft {
  title: string;
  /** Block editor: the blocks the editor would hold (name, attributes). */
  blocks: Array<[string, Record<string, unknown>]>;
}

export interface Saved {
  id: number;
  link: string;
  /** What was sent: the serialized blocks, or the text typed into the classic editor. */
  sent: string;
}

/**
 * Saves posts from the block editor's own page exactly as the editor does: the blocks serialized by
 * `wp.blocks.serialize`, sent by `wp.apiFetch` (the logged-in cookie and the REST nonce) to /wp/v2/posts.
 * A block type the editor does not know is an error.
 */
export async function saveFromBlockEditor(editor: Page, drafts: Draft[]): Promise<Array<Saved | {error: string}>> {
  return editor.evaluate(async (drafts) => {
    const wp = (window as unknown as {wp: WpGlobal}).wp;
    const out: Array<Saved | {error: string}> = [];
    for (const draft of drafts) {
      try {
        const blocks = draft.blocks.map(([name, attributes]) => {
          if (!wp.blocks.getBlockType(name)) throw new Error(`the block editor does not know the block ${name}`);
          return wp.blocks.createBlock(name, attributes);
        });
        const content = wp.blocks.serialize(blocks);
        const post = await wp.apiFetch({
          path: '/wp/v2/posts',
          method: 'POST',
          data: {title: draft.title, content, status: 'publish'},
        });
        out.push({id: post['id'] as number, link: post['link'] as string, sent: content});
      } catch (err) {
        out.push({error: err instanceof Error ? err.message : JSON.stringify(err)});
      }
    }
    return out;
  }, drafts);
}

/** A post typed into the classic editor's Text tab and published with its Publish button. */
export async function publishFromClassicEditor(
  context: BrowserContext,
  site: WordPressSite,
  title: string,
  text: string,
): Promise<Saved> {
  // WordPress's post.js sometimes sends a fresh post-new.php to `?wp-post-new-reload=true` (its own reload
  // of a new post's screen) instead of publishing: the author would type the post again, and so does this.
  for (let attempt = 1; ; attempt++) {
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/wp-admin/post-new.php`, {waitUntil: 'load'});
      await page.click('#content-html'); // the Text tab
      await page.fill('#title', title);
      await page.fill('textarea#content', text);
      await Promise.all([
        page.waitForURL(/post\.php\?post=\d+&action=edit/, {timeout: 30_000}),
        page.click('#publish'),
      ]);
      const id = Number(new URL(page.url()).searchParams.get('post'));
      const link = await page.locator('#message a').first().getAttribute('href');
      if (!link) throw new Error(`no "View post" link after publishing "${title}"`);
      return {id, link, sent: text};
    } catch (e) {
      const reloaded = page.url().includes('wp-post-new-reload=true');
      if (attempt >= 2 || !reloaded) throw e;
      console.log(`# the classic editor reloaded a new post's screen (${page.url()}); typing "${title}" again`);
    } finally {
      await page.close();
    }
  }
}

/**
 * `__twinDeepText(node)` in every frame: every text of a node, through open shadow roots (what a reader
 * of the widget sees, roughly), whitespace collapsed.
 */
const DEEP_TEXT = `globalThis.__twinDeepText = (node) => {
  let s = '';
  const walk = (n) => {
    if (n.nodeType === 3) s += n.data + ' ';
    if (n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return s.replace(/\\s+/g, ' ').trim();
};`;

export interface Watch {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** A page of `context` that records dialogs (dismissed), console errors and uncaught errors. */
export async function watchedPage(context: BrowserContext): Promise<{page: Page; watch: Watch}> {
  const page = await context.newPage();
  const watch: Watch = {dialogs: [], consoleErrors: [], pageErrors: []};
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => watch.pageErrors.push(e.message));
  return {page, watch};
}

export type Outcome =
  | {state: 'rendered'; how: 'element' | 'iframe'; text: string; iframe?: IframeFacts}
  | {state: 'not rendered'; detail: string};

export interface IframeFacts {
  sandbox: string | null;
  className: string;
  /** The iframe's height on the page (px) and its document's height (px), once they agree. */
  height: number;
  contentHeight: number;
  wpEmbedScript: boolean;
}

/** The post's content: Twenty Twenty-Three's post-content block, or a classic theme's .entry-content. */
const CONTENT = '.wp-block-post-content, .entry-content';

/**
 * Opens a published post and waits (up to `timeoutMs`) for a Twinning Kit widget in its content that
 * shows one of `titles` (from the feed): a `twin-*` element's shadow DOM, or an embed iframe's document.
 */
export async function lookAtPost(page: Page, link: string, titles: string[], timeoutMs = 20_000): Promise<Outcome> {
  await page.goto(link, {waitUntil: 'load'});
  const end = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < end) {
    const found = await page.evaluate((selector) => {
      const text = (n: Node) => (globalThis as unknown as {__twinDeepText(n: Node): string}).__twinDeepText(n);
      const root = document.querySelector(selector) ?? document.body;
      const element = [...root.querySelectorAll('*')].find((e) => e.localName.startsWith('twin-'));
      const iframe = root.querySelector('iframe');
      return {
        element: element?.localName ?? '',
        shadow: element?.shadowRoot ? text(element.shadowRoot) : '',
        iframe: Boolean(iframe),
        content: text(root).slice(0, 300),
      };
    }, CONTENT);
    if (found.element) {
      const title = titles.find((t) => found.shadow.includes(t));
      if (title) return {state: 'rendered', how: 'element', text: title};
      last = `<${found.element}> shows: ${found.shadow.slice(0, 200) || '(nothing yet)'}`;
    } else if (found.iframe) {
      const handle = await page.$(`:is(${CONTENT}) iframe`);
      const frame = await handle?.contentFrame();
      const inside = frame ? await frame.evaluate('__twinDeepText(document.body)').catch(() => '') : '';
      const title = titles.find((t) => String(inside).includes(t));
      if (title && handle) {
        const iframe = await iframeFacts(page, handle);
        if ('contentHeight' in iframe) return {state: 'rendered', how: 'iframe', text: title, iframe};
        last = `the embed iframe shows the feed but was not sized to it: ${iframe.problem}`;
      } else last = `the iframe shows: ${String(inside).slice(0, 200) || '(nothing yet)'}`;
    } else {
      last = `no widget in the post; its content reads: ${found.content}`;
      // The kit mounts as soon as its module has run: after a few seconds there will be none.
      if (Date.now() > end - timeoutMs + 6000) break;
    }
    await page.waitForTimeout(250);
  }
  return {state: 'not rendered', detail: last};
}

/** Waits (5 s at most) until WordPress has sized the embed iframe to its document (within 200–1000 px). */
async function iframeFacts(
  page: Page,
  handle: NonNullable<Awaited<ReturnType<Page['$']>>>,
): Promise<IframeFacts | {problem: string}> {
  const frame = await handle.contentFrame();
  if (!frame) return {problem: 'no frame'};
  const end = Date.now() + 5000;
  for (;;) {
    const outer = await handle.evaluate((f: HTMLIFrameElement) => ({
      sandbox: f.getAttribute('sandbox'),
      className: f.className,
      height: f.clientHeight, // the border aside
      wpEmbedScript: [...document.scripts].some((s) => /wp-embed(\.min)?\.js/.test(s.src)),
      // WordPress hides the iframe (clip) behind its blockquote until the page inside speaks.
      hidden: /clip/.test(f.getAttribute('style') ?? ''),
    }));
    const contentHeight = (await frame.evaluate(() => document.documentElement.scrollHeight)) as number;
    const {hidden, ...seen} = outer;
    const facts: IframeFacts = {...seen, contentHeight};
    const wanted = Math.min(1000, Math.max(200, contentHeight));
    if (!hidden && Math.abs(outer.height - wanted) <= 2) return facts;
    await page.waitForTimeout(200);
    if (Date.now() >= end)
      return {
        problem:
          `the iframe is ${outer.height} px high for a document of ${contentHeight} px; ` +
          (!outer.wpEmbedScript
            ? 'wp-embed.js is not on the page (WordPress 6.1 adds it only for an oEmbed html with a <blockquote>)'
            : hidden
              ? 'WordPress still hides it (clip): no height message from the page inside reached wp-embed.js'
              : 'wp-embed.js is on the page'),
      };
  }
}

/**
 * The block editor as a person uses it: a title typed, the Twinning Kit block taken from the inserter,
 * the feed typed into the inspector's "Feed URL", the live preview awaited (the widget drawn in the
 * editor, showing one of `titles`), then Publish and Publish again in the pre-publish panel.
 * Returns the published post's address and what the preview showed.
 */
export async function insertBlockAndPublish(
  editor: Page,
  title: string,
  feed: string,
  titles: string[],
): Promise<{link: string; preview: string}> {
  await editor.locator('.editor-post-title__input').click();
  await editor.keyboard.type(title);
  const inserter = editor.getByRole('button', {name: 'Toggle block inserter'});
  await inserter.click();
  await editor.getByPlaceholder('Search').fill('Twinning');
  await editor.getByRole('option', {name: /Twinning Kit/}).click();
  await inserter.click(); // closes the inserter; the settings sidebar shows the block's inspector
  const settings = editor.getByRole('button', {name: 'Settings', exact: true});
  if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
  await editor.locator('.edit-post-sidebar__panel-tab', {hasText: 'Block'}).click();
  await editor.getByLabel('Feed URL').fill(feed);
  const preview = await editor
    .waitForFunction(
      (titles) => {
        const widget = [...document.querySelectorAll('.editor-styles-wrapper *')].find((e) =>
          e.localName.startsWith('twin-'),
        );
        const text = widget?.shadowRoot?.textContent ?? '';
        return titles.find((t) => text.includes(t)) ?? false;
      },
      titles,
      {timeout: 30_000},
    )
    .then((h) => h.jsonValue() as Promise<string>);
  await editor.locator('.editor-post-publish-panel__toggle').click();
  await editor.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await editor.locator('.post-publish-panel__postpublish').waitFor({timeout: 30_000});
  const link = await editor.evaluate(() =>
    (window as unknown as {wp: WpGlobal}).wp.data.select('core/editor')['getPermalink']!(),
  );
  return {link: String(link), preview};
}
