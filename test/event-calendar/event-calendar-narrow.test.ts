import {expect, html} from '@open-wc/testing';
import '../../src/event-calendar/define.js';
import {mountCalendar} from '../helpers/calendar-object.js';
import {base} from './fixtures.js';

/** A 320 px phone: the widget's box is 304 px. Feed events with times and long titles, as in other cities' feeds. */
const feed = base();
feed.events!.push(
  {
    id: 'call',
    title: {en: 'Video conference of the mayors of Vladivostok and San Diego'},
    start: '2021-07-12T10:00:00+10:00',
    end: '2021-07-12T12:00:00+10:00',
    format: 'online',
    cities: ['khabarovsk', 'niigata'],
  },
  {
    id: 'pupils',
    title: {en: 'Online exchange of pupils of Vladivostok and Niigata schools'},
    start: '2021-07-13',
    cities: ['niigata'],
  },
);

describe('<twin-event-calendar> at 320 px', () => {
  for (const lang of ['en', 'ko', 'ja']) {
    it(`keeps the toolbar and every list row inside the widget (${lang})`, async () => {
      const cal = await mountCalendar(
        html`<twin-event-calendar lang=${lang} view="list" .data=${feed}></twin-event-calendar>`,
        304,
      );
      const right = cal.el.getBoundingClientRect().right;
      for (const sel of ['[part="toolbar"]', '.nav', 'button.today', '.views']) {
        expect(cal.$(sel)!.getBoundingClientRect().right, sel).to.be.at.most(right + 0.5);
      }
      const rows = cal.listRows();
      expect(rows.length).to.be.above(8);
      for (const row of rows) {
        const box = row.getBoundingClientRect();
        const end = box.right - parseFloat(getComputedStyle(row).paddingInlineEnd);
        for (const text of cal.$$('.when, .what', row)) {
          const r = text.getBoundingClientRect();
          const name = `${text.className} «${text.textContent!.trim()}»`;
          // Within the row's content box, and not cut off at its top or bottom (the row clips).
          expect(r.right, name).to.be.at.most(end + 0.5);
          expect(r.top, name).to.be.at.least(box.top - 0.5);
          expect(r.bottom, name).to.be.at.most(box.bottom + 0.5);
        }
      }
    });
  }
});
