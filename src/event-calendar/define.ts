import {defineElement} from '../core/define.js';
import {TwinEventCalendar} from './event-calendar.js';

defineElement('twin-event-calendar', TwinEventCalendar);

export {TwinEventCalendar};
