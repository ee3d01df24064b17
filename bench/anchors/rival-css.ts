/**
 * The CSS files each calendar rival's adapter needs (node_modules-relative paths), for the bench pages and
 * the size rows. Here, apart from the adapters, because Node cannot import every adapter: TOAST UI
 * Calendar's module touches `window` as it loads (tui-date-picker). Each adapter re-exports its list as
 * `css`.
 */
export const RIVAL_CSS = {
  'schedule-x-app': ['@schedule-x/theme-default/dist/index.css'],
  'toast-ui-app': ['@toast-ui/calendar/dist/toastui-calendar.min.css'],
} satisfies Record<string, string[]>;
