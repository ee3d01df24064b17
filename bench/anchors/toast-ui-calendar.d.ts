/**
 * The part of TOAST UI Calendar 2.1's API that bench/anchors/toast-ui-app.ts uses. Its own types
 * (`types/index.d.ts`) are unreachable under `moduleResolution: bundler`: its package.json `exports`
 * maps `import` to the .mjs and names no types.
 */
declare module '@toast-ui/calendar' {
  export interface EventObject {
    id?: string;
    calendarId?: string;
    title?: string;
    category?: 'milestone' | 'task' | 'allday' | 'time';
    isAllday?: boolean;
    start?: string | Date;
    end?: string | Date;
  }
  export interface Options {
    defaultView?: 'month' | 'week' | 'day';
    usageStatistics?: boolean;
    isReadOnly?: boolean;
    gridSelection?: boolean;
    month?: {visibleEventCount?: number; isAlways6Weeks?: boolean; startDayOfWeek?: number};
    calendars?: Array<{id: string; name: string}>;
  }
  export default class Calendar {
    constructor(container: Element | string, options?: Options);
    setDate(date: string | Date): void;
    createEvents(events: EventObject[]): void;
    getDate(): {toDate(): Date};
    next(): void;
    prev(): void;
    today(): void;
    destroy(): void;
  }
}
