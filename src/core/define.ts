/**
 * Registers an element unless a class is already registered under that name: two copies of the kit on
 * one page (an old CDN tag and a new bundle) must never throw "already defined".
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  try {
    customElements.define(name, ctor);
  } catch (err) {
    // Lost a race with another copy registering the same name in between: that copy serves the page.
    if (!customElements.get(name)) throw err;
  }
}
