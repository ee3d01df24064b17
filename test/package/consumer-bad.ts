/**
 * Lines that MUST fail to type-check against the packed package: scripts/check-package.mjs asserts
 * that tsc reports an error on exactly the statements followed by an "error:" comment, so that a
 * package whose types resolve to `any` (or not at all) cannot pass the consumer check vacuously.
 */
import type {FeedInput} from 'twinning-kit';
import 'twinning-kit/event-calendar.js';
import 'twinning-kit/partner-map.js';

const cal = document.createElement('twin-event-calendar');
cal.view = 'grid'; // error: not a view
cal.maxEvents = '3'; // error: a number
cal.noSuchProperty = true; // error: TwinEventCalendar has no such property
cal.addEventListener('twin-select', (event) => {
  if (event.detail.kind === 'banana') console.log('never'); // error: not a TwinSelectKind
});
document.createElement('twin-partner-map').view = 'globe'; // error: not a map view
// prettier-ignore
const feed: FeedInput = {schemaVersion: 2, publisher: {city: 'x', name: 'X'}, defaultLanguage: 'en', timeZone: 'UTC', cities: []}; // error: schemaVersion is 1
console.log(feed);
