/**
 * Calls back when the host's box changes size (a ResizeObserver on the host while it is connected).
 * Browsers without ResizeObserver never call back: the element keeps its first layout.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class ResizeController implements ReactiveController {
  #observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize: (entry: ResizeObserverEntry | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(([entry]) => this.onResize(entry));
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
