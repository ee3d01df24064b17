/**
 * The five ways to put a widget into a WordPress post, as an author would write each one in the block
 * editor (the blocks it holds) and in the classic editor's Text tab, and how to tell from the content
 * WordPress stored whether the form survived.
 */
import type {Draft} from './wp-pages.js';

export const FORMS = ['shortcode', 'block', 'div', 'element', 'embed'] as const;
export type Form = (typeof FORMS)[number];

export const FORM_NAMES: Record<Form, string> = {
  shortcode: 'shortcode `[twinning_kit]`',
  block: 'block `twinning-kit/widget`',
  div: '`<div class="twinning-kit">`',
  element: 'bare `<twin-event-calendar>`',
  embed: 'embed URL on its own line',
};

export interface Urls {
  feed: string;
  /** The embed page written by `twinning-kit oembed` (its oEmbed JSON beside it). */
  embed: string;
}

const FALLBACK = 'Events (feed)';

function shortcode(u: Urls): string {
  return `[twinning_kit element="event-calendar" src="${u.feed}" lang="en"]`;
}
function div(u: Urls): string {
  return `<div class="twinning-kit" data-element="event-calendar" data-src="${u.feed}" data-lang="en"><a href="${u.feed}">${FALLBACK}</a></div>`;
}
function element(u: Urls): string {
  return `<twin-event-calendar src="${u.feed}" lang="en"><a href="${u.feed}">${FALLBACK}</a></twin-event-calendar>`;
}

/** The blocks the block editor holds for a form (what it serializes and saves). */
export function blocksFor(form: Form, u: Urls): Draft['blocks'] {
  switch (form) {
    case 'shortcode':
      return [['core/shortcode', {text: shortcode(u)}]];
    case 'block':
      return [['twinning-kit/widget', {element: 'event-calendar', src: u.feed, lang: 'en'}]];
    case 'div':
      return [['core/html', {content: div(u)}]];
    case 'element':
      return [['core/html', {content: element(u)}]];
    case 'embed':
      return [['core/embed', {url: u.embed}]];
  }
}

/** What an author types into the classic editor's Text tab (no block form there). */
export function textFor(form: Exclude<Form, 'block'>, u: Urls): string {
  switch (form) {
    case 'shortcode':
      return `Our partner cities' events:\n\n${shortcode(u)}\n`;
    case 'div':
      return `Our partner cities' events:\n\n${div(u)}\n`;
    case 'element':
      return `Our partner cities' events:\n\n${element(u)}\n`;
    case 'embed':
      return `Our partner cities' events:\n\n${u.embed}\n\nMore next year.`;
  }
}

/** Whether WordPress kept the form in the content it stored (else it was stripped on saving). */
export function kept(form: Form, stored: string, u: Urls): boolean {
  switch (form) {
    case 'shortcode':
      return stored.includes('[twinning_kit ');
    case 'block':
      return stored.includes('<!-- wp:twinning-kit/widget');
    case 'div':
      return /<div class="twinning-kit" data-element="event-calendar" data-src="[^"]+"/.test(stored);
    case 'element':
      return /<twin-event-calendar src="[^"]+"/.test(stored);
    case 'embed':
      return stored.includes(u.embed);
  }
}
