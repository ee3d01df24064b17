/**
 * The layout rules a widget must keep on a plain page (the element alone in <body>, margin 8 px), read
 * from what the browser drew, in the page. Each broken rule is one `LayoutFailure` that says which rule
 * and which texts or boxes break it. Used by test/node/layout.test.ts (through test/layout/plain.ts).
 *
 * What counts as a visible text box: each line of each text node in the element's shadow DOM (nested
 * shadow roots included; `Range.getClientRects`), and each SVG `<text>` (`getBoundingClientRect`), less
 * what is not drawn: `display: none`, `visibility: hidden`, `opacity: 0` on it or any ancestor, the
 * contents of a closed `<details>` (Element.checkVisibility), visually
 * hidden text (a `clip-path`/`clip` that hides it, or a box of 1 px or less that clips its overflow),
 * and whatever a clipping or scrolling ancestor cuts off (rows scrolled out of a scroll box are not
 * drawn; a row half in sight counts with its visible part). A box is the line's box: the text's content
 * area trimmed to the line height it is laid out with (a CJK font's ascent and descent overflow a tight
 * line height without anything overlapping).
 */

export type Rule = 'sideways-scroll' | 'blank-height' | 'overlap' | 'clipped-text' | 'edge';

export interface LayoutFailure {
  rule: Rule;
  detail: string;
}

export interface TextBox {
  text: string;
  /** What draws it: `tag.class` of its parent element. */
  where: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  node: Node;
}

const BODY_MARGIN = 8;
/** How far the document may reach below the element (rounding, a focus outline): "a few px". */
const HEIGHT_SLACK = 4;
/** Two text boxes overlap when they share more than this, in both directions. */
const OVERLAP = 1;
/** In dark mode the widget draws its own background: text keeps at least this far inside its border box. */
const EDGE = 4;

const r = (n: number) => Math.round(n * 10) / 10;
const boxText = (b: {left: number; top: number; right: number; bottom: number}) =>
  `[${r(b.left)},${r(b.top)} ${r(b.right - b.left)}×${r(b.bottom - b.top)}]`;
const short = (s: string, n = 40) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** The parent in the flat tree sense we need: the element's parent, or the shadow root's host. */
function up(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function describe(el: Element): string {
  const cls =
    typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const part = el.getAttribute('part');
  return `${el.localName}${cls}${part ? `[part=${part}]` : ''}`;
}

/** Whether `el` (or an ancestor up to and including `host`) hides what it holds. */
function hiddenByAncestors(el: Element, host: Element, cache: Map<Element, boolean>): boolean {
  // Not rendered at all: display none, the contents of a closed <details> (content-visibility: hidden),
  // visibility hidden, opacity 0, on it or any ancestor in the flat tree.
  if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return true;
  const chain: Element[] = [];
  let hidden = false;
  for (let e: Element | null = el; e; e = up(e)) {
    const known = cache.get(e);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    chain.push(e);
    const s = getComputedStyle(e);
    if (s.display === 'none' || Number(s.opacity) === 0) {
      hidden = true;
      break;
    }
    if (s.clipPath !== 'none' && /inset\(\s*50%|inset\(\s*100%|circle\(0|polygon\(0/.test(s.clipPath)) {
      hidden = true;
      break;
    }
    if (s.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(s.clip)) {
      hidden = true;
      break;
    }
    if (e instanceof HTMLElement && s.overflow !== 'visible') {
      const b = e.getBoundingClientRect();
      if (b.width <= 1 || b.height <= 1) {
        hidden = true;
        break;
      }
    }
    if (e === host) break;
  }
  for (const e of chain) cache.set(e, hidden);
  return hidden;
}

interface Clip {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of the page an element's content can be seen in: cut by every clipping or scrolling ancestor. */
function clipOf(el: Element, host: Element, cache: Map<Element, Clip>): Clip {
  const known = cache.get(el);
  if (known) return known;
  const parent = el === host ? null : up(el);
  let clip: Clip = parent
    ? clipOf(parent, host, cache)
    : {left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity};
  const s = getComputedStyle(el);
  const clipsX = s.overflowX !== 'visible';
  const clipsY = s.overflowY !== 'visible';
  if (clipsX || clipsY) {
    const b = el.getBoundingClientRect();
    // The padding box: inside the borders (clientLeft/Top), without scroll bars (clientWidth/Height).
    const isSvg = el instanceof SVGElement;
    const left = b.left + (isSvg ? 0 : el.clientLeft);
    const top = b.top + (isSvg ? 0 : el.clientTop);
    const right = isSvg ? b.right : left + el.clientWidth;
    const bottom = isSvg ? b.bottom : top + el.clientHeight;
    clip = {
      left: clipsX ? Math.max(clip.left, left) : clip.left,
      right: clipsX ? Math.min(clip.right, right) : clip.right,
      top: clipsY ? Math.max(clip.top, top) : clip.top,
      bottom: clipsY ? Math.min(clip.bottom, bottom) : clip.bottom,
    };
  }
  cache.set(el, clip);
  return clip;
}

function lineHeightOf(el: Element): number {
  const s = getComputedStyle(el);
  const lh = parseFloat(s.lineHeight);
  return Number.isFinite(lh) ? lh : Infinity;
}

/** Every element and text node under `root`, crossing into open shadow roots. */
function* walk(root: Node): Generator<Node> {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    yield n;
    if (n instanceof Element && n.shadowRoot) yield* walk(n.shadowRoot);
    if (n instanceof HTMLSlotElement)
      for (const a of n.assignedNodes({flatten: true})) {
        yield a;
        yield* walk(a);
      }
    yield* walk(n);
  }
}

/** The visible text boxes of `host` (see the top of this file). */
export function textBoxes(host: Element): TextBox[] {
  const hidden = new Map<Element, boolean>();
  const clips = new Map<Element, Clip>();
  const boxes: TextBox[] = [];
  const svgTexts = new Set<Element>();
  const root = host.shadowRoot;
  if (!root) return boxes;
  const range = document.createRange();
  for (const node of walk(root)) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, template, title, desc')) continue;
    if (hiddenByAncestors(parent, host, hidden)) continue;
    if (getComputedStyle(parent).visibility !== 'visible') continue;
    if (parent instanceof SVGElement) {
      const text = parent.closest('text');
      if (!text || svgTexts.has(text)) continue;
      svgTexts.add(text);
      const b = text.getBoundingClientRect();
      const clip = clipOf(text, host, clips);
      const box = {
        left: Math.max(b.left, clip.left),
        right: Math.min(b.right, clip.right),
        top: Math.max(b.top, clip.top),
        bottom: Math.min(b.bottom, clip.bottom),
      };
      if (box.right - box.left <= 0.5 || box.bottom - box.top <= 0.5) continue;
      boxes.push({...box, text: text.textContent ?? '', where: describe(text), node: text});
      continue;
    }
    range.selectNodeContents(node);
    const lh = lineHeightOf(parent);
    const clip = clipOf(parent, host, clips);
    for (const rect of range.getClientRects()) {
      if (rect.width < 0.5 || rect.height < 0.5) continue;
      const h = Math.min(rect.height, lh);
      const mid = (rect.top + rect.bottom) / 2;
      const box = {
        left: Math.max(rect.left, clip.left),
        right: Math.min(rect.right, clip.right),
        top: Math.max(mid - h / 2, clip.top),
        bottom: Math.min(mid + h / 2, clip.bottom),
      };
      if (box.right - box.left <= 0.5 || box.bottom - box.top <= 0.5) continue;
      boxes.push({...box, text: node.textContent ?? '', where: describe(parent), node});
    }
  }
  range.detach();
  return boxes;
}

/** Pairs of visible text boxes that overlap by more than 1 px both ways (a sweep over boxes sorted by top). */
function overlaps(boxes: TextBox[]): Array<[TextBox, TextBox]> {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  const out: Array<[TextBox, TextBox]> = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.top >= a.bottom - OVERLAP) break;
      // Lines of one text node do not overlap one another; a text cut with an ellipsis has two rects
      // (all of it, and the part before the ellipsis), which are one box on screen.
      if (a.node === b.node) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > OVERLAP && h > OVERLAP) out.push([a, b]);
    }
  }
  return out;
}

/** The text a reader can get in full for a clipped element: its title, aria-label, or hidden full text nearby. */
function fullTextAlternative(el: HTMLElement, host: Element): boolean {
  const full = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!full) return true;
  const has = (s: string | null | undefined) => !!s && s.replace(/\s+/g, ' ').includes(full);
  for (let e: Element | null = el, depth = 0; e && depth < 6; e = up(e), depth++) {
    if (has(e.getAttribute('title')) || has(e.getAttribute('aria-label'))) return true;
    for (const id of (e.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
      const root = e.getRootNode() as ShadowRoot | Document;
      if (has(root.getElementById(id)?.textContent)) return true;
    }
    if (e === host) break;
  }
  // A visually hidden copy of the full text in the same row, cell or item.
  const scope =
    el.closest('li, tr, td, th, button, a, [role="row"], [role="listitem"], [role="gridcell"]') ?? el.parentElement;
  for (const vh of scope?.querySelectorAll('.visually-hidden, [class*="sr-only"]') ?? [])
    if (has(vh.textContent)) return true;
  return false;
}

/** Clipped text with no ellipsis (or line clamp) and no full-text alternative. */
function clippedTexts(host: Element): string[] {
  const out: string[] = [];
  const hidden = new Map<Element, boolean>();
  const root = host.shadowRoot;
  if (!root) return out;
  for (const node of walk(root)) {
    if (!(node instanceof HTMLElement)) continue;
    const s = getComputedStyle(node);
    const clipsX = s.overflowX === 'hidden' || s.overflowX === 'clip';
    const clipsY = s.overflowY === 'hidden' || s.overflowY === 'clip';
    if (!clipsX && !clipsY) continue;
    if (!node.textContent?.trim() || hiddenByAncestors(node, host, hidden)) continue;
    const clamp = s.getPropertyValue('-webkit-line-clamp');
    const overX = clipsX && node.scrollWidth > node.clientWidth + 1;
    const overY = clipsY && node.scrollHeight > node.clientHeight + 1;
    if (!overX && !overY) continue;
    // Overflow made only of non-text boxes (an icon, a marker) is not clipped text: some text must reach past the edge.
    // Which visible text reaches past the padding box: that is the text cut.
    const b = node.getBoundingClientRect();
    const pad = {
      left: b.left + node.clientLeft,
      top: b.top + node.clientTop,
      right: b.left + node.clientLeft + node.clientWidth,
      bottom: b.top + node.clientTop + node.clientHeight,
    };
    const range = document.createRange();
    const cut: string[] = [];
    for (const t of walk(node)) {
      if (t.nodeType !== Node.TEXT_NODE || !t.textContent?.trim() || !t.parentElement) continue;
      if (
        hiddenByAncestors(t.parentElement, host, hidden) ||
        getComputedStyle(t.parentElement).visibility !== 'visible'
      )
        continue;
      range.selectNodeContents(t);
      for (const rect of range.getClientRects()) {
        if (rect.width < 0.5) continue;
        const past =
          (clipsX && (rect.right > pad.right + 0.5 || rect.left < pad.left - 0.5)) ||
          (clipsY && (rect.bottom > pad.bottom + 0.5 || rect.top < pad.top - 0.5));
        if (past) {
          cut.push(`«${short(t.textContent)}» ${boxText(rect)}`);
          break;
        }
      }
    }
    if (!cut.length) continue;
    const marked = s.textOverflow === 'ellipsis' || (clamp !== 'none' && clamp !== '');
    const alternative = fullTextAlternative(node, host);
    if (marked && alternative) continue;
    out.push(
      `${describe(node)} ${boxText(pad)} cuts ${cut.slice(0, 3).join(', ')}${cut.length > 3 ? ` and ${cut.length - 3} more` : ''}` +
        `${marked ? '' : ', no ellipsis'}${alternative ? '' : ', no full text (title, aria-label, hidden copy)'}`,
    );
  }
  return out;
}

/** Checks every rule for `host`, alone on the page; `dark` adds the edge rule. */
export function checkLayout(host: HTMLElement, dark: boolean): LayoutFailure[] {
  const failures: LayoutFailure[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) {
    // What reaches past the right edge: the widest boxes, to say where to look.
    const wide = [...walk(host.shadowRoot ?? host)]
      .filter((n): n is Element => n instanceof Element)
      .map((e) => ({e, right: e.getBoundingClientRect().right + scrollX}))
      .filter((x) => x.right > doc.clientWidth + 0.5)
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map((x) => `${describe(x.e)} to ${r(x.right)}`);
    failures.push({
      rule: 'sideways-scroll',
      detail: `the page is ${doc.scrollWidth} px wide in a ${doc.clientWidth} px viewport${wide.length ? `: ${wide.join('; ')}` : ''}`,
    });
  }
  const hostBox = host.getBoundingClientRect();
  const drawn = hostBox.bottom + scrollY + BODY_MARGIN;
  if (doc.scrollHeight > Math.max(innerHeight, drawn + HEIGHT_SLACK))
    failures.push({
      rule: 'blank-height',
      detail: `the document is ${doc.scrollHeight} px tall for a widget that ends at ${r(hostBox.bottom + scrollY)} px (+${BODY_MARGIN} px margin)`,
    });
  const boxes = textBoxes(host);
  const pairs = overlaps(boxes);
  if (pairs.length)
    failures.push({
      rule: 'overlap',
      detail:
        `${pairs.length} pair(s) of text boxes overlap: ` +
        pairs
          .slice(0, 8)
          .map(([a, b]) => `«${short(a.text)}» ${a.where} ${boxText(a)} × «${short(b.text)}» ${b.where} ${boxText(b)}`)
          .join('; '),
    });
  const clipped = clippedTexts(host);
  if (clipped.length)
    failures.push({rule: 'clipped-text', detail: `${clipped.length} clipped: ${clipped.slice(0, 8).join('; ')}`});
  if (dark) {
    const b = hostBox;
    const near = boxes.filter(
      (t) => t.left < b.left + EDGE || t.right > b.right - EDGE || t.top < b.top + EDGE || t.bottom > b.bottom - EDGE,
    );
    if (near.length)
      failures.push({
        rule: 'edge',
        detail:
          `${near.length} text box(es) within ${EDGE} px of the widget's edge ${boxText(b)}: ` +
          near
            .slice(0, 6)
            .map((t) => `«${short(t.text)}» ${t.where} ${boxText(t)}`)
            .join('; '),
      });
  }
  return failures;
}
