/**
 * The details dialog's state and focus: which event or day it shows, opening it as a modal, "back"
 * from an event to its day's list, and returning the focus to what opened it when it closes (or, when
 * that is gone, to the view's current item). The dialog itself is drawn by event-dialog.ts. A plain
 * class, not a ReactiveController: it has nothing to do in the host's lifecycle; it asks for an update
 * when what the dialog shows changes.
 */
import type {ReactiveControllerHost} from 'lit';
import {TwinSelectEvent} from '../core/events.js';
import type {EventItem} from '../core/merge.js';
import type {Day} from './model.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

export class DialogState {
  /** The event whose details are shown. */
  event: EventItem | undefined;
  /** The day whose events are listed (an event opened from it shows "back"). */
  day: Day | undefined;
  #returnFocus: HTMLElement | undefined;
  readonly #host: Host;
  readonly #focusLost: () => void;

  /** `focusLost`: called on close when what opened the dialog is no longer in the page. */
  constructor(host: Host, focusLost: () => void) {
    this.#host = host;
    this.#focusLost = focusLost;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  openEvent(event: EventItem | undefined, from?: HTMLElement): void {
    if (!event) return;
    if (!this.day) this.#returnFocus = from;
    this.event = event;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new TwinSelectEvent({kind: 'event', id: event.id}));
    void this.#host.updateComplete.then(() => this.#show());
  }

  /** Lists a day's events (`count` of them; nothing happens for none). */
  openDay(day: Day, count: number, from?: HTMLElement): void {
    if (count === 0) return;
    this.#returnFocus = from;
    this.day = day;
    this.event = undefined;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#show());
  }

  #show(): void {
    const d = this.#dialog;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLElement>('[autofocus], button')?.focus();
  }

  close(): void {
    if (this.backToDay()) return;
    this.#dialog?.close();
  }

  /** Back from an event to the day's list: true when there was a day to go back to. */
  backToDay(): boolean {
    if (!(this.event && this.day)) return false;
    this.event = undefined;
    this.#host.requestUpdate();
    return true;
  }

  /** The dialog closed: forget what it showed and give the focus back. */
  onClose(): void {
    this.event = undefined;
    this.day = undefined;
    this.#host.requestUpdate();
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
    else this.#focusLost();
  }
}
