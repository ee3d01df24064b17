/**
 * Printing: sets the host's `printing` before the page is laid out for print (synchronously, in
 * `beforeprint`, not in a later microtask) and clears it after. An element that windows its rows or
 * fits a view to the screen draws everything while `printing` is true.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

export class PrintController implements ReactiveController {
  constructor(private readonly host: ReactiveElement & {printing: boolean}) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#before);
    addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#before);
    removeEventListener('afterprint', this.#after);
  }

  #before = (): void => {
    this.host.printing = true;
    // `performUpdate` is protected: printing cannot wait for the next microtask.
    (this.host as unknown as {performUpdate(): void}).performUpdate();
  };

  #after = (): void => {
    this.host.printing = false;
  };
}
