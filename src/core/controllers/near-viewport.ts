/**
 * Widgets far below the fold wait until they come near the viewport (about a screen and a half away)
 * before they fetch, validate and render: a long page with four widgets costs what the first screen
 * shows. One observer serves every element. Printing the page releases every waiting widget, and so
 * does a browser without IntersectionObserver.
 */
let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

function release(el: Element): void {
  observer?.unobserve(el);
  waiting.get(el)?.();
  waiting.delete(el);
}

/** Resolves when `el` is near the viewport (at once if it already is, or has no box yet to judge by). */
export function whenNear(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  const screen = innerHeight || 800;
  if (typeof IntersectionObserver !== 'function' || (box.top < screen * 2.5 && box.bottom > -screen * 1.5))
    return Promise.resolve();
  return new Promise((resolve) => {
    waiting.set(el, resolve);
    if (!observer) {
      observer = new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && release(e.target)), {
        rootMargin: '150%',
      });
      addEventListener('beforeprint', () => waiting.forEach((_, w) => release(w)));
    }
    observer.observe(el);
  });
}

/** Forgets an element that left the page while it waited (its load is abandoned, nothing is kept). */
export function stopWaiting(el: Element): void {
  observer?.unobserve(el);
  waiting.delete(el);
}
