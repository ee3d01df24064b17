/**
 * The CDN entry: `<script type="module" src=".../twinning-kit.js">` registers every element of the kit.
 * Each element's `define` module is added here as it lands.
 */
export * from './index.js';
import './event-calendar/define.js';
import './partner-map/define.js';
import './delegation-list/define.js';
import './report-summary/define.js';
// The sanitizer-proof form: `<div class="twinning-kit" data-element="…" data-src="…">` (src/mount.ts).
import './mount.js';
