/**
 * The kit's elements in React 19's JSX: a custom element's props are checked like a built-in element's.
 * React 19 sets a prop as a property when the element has one of that name (`data`, `partner`, `view`,
 * `lang`...), else as an attribute, and turns `on<event-name>` into `addEventListener('<event-name>')`
 * for names React does not know: `ontwin-select` listens to `twin-select`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {TwinErrorEvent, TwinLoadEvent, TwinSelectEvent} from '../../src/core/events.js';
import type {TwinElement} from '../../src/core/twin-element.js';
import type {TwinDelegationList} from '../../src/delegation-list/delegation-list.js';
import type {TwinEventCalendar} from '../../src/event-calendar/event-calendar.js';
import type {TwinPartnerMap} from '../../src/partner-map/partner-map.js';
import type {TwinReportSummary} from '../../src/report-summary/report-summary.js';

/** The shared API (`src`, `data`, `partner`, `theme`, `timeout`, the `twin-*` events) plus `Own` of `E`'s properties. */
type TwinProps<E extends TwinElement, Own extends keyof E = never> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, 'src' | 'data' | 'partner' | 'theme' | 'timeout' | Own>> & {
    'ontwin-load'?: (event: TwinLoadEvent) => void;
    'ontwin-error'?: (event: TwinErrorEvent) => void;
    'ontwin-select'?: (event: TwinSelectEvent) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'twin-event-calendar': TwinProps<
        TwinEventCalendar,
        'view' | 'date' | 'category' | 'format' | 'maxEvents' | 'today'
      >;
      'twin-partner-map': TwinProps<TwinPartnerMap, 'view' | 'relation'>;
      'twin-delegation-list': TwinProps<TwinDelegationList, 'direction' | 'year' | 'country' | 'format' | 'q' | 'sort'>;
      'twin-report-summary': TwinProps<TwinReportSummary, 'year' | 'section' | 'compact'>;
    }
  }
}
