/**
 * What the map shows only once a reader asks for it: the card of a place and the table (the list view,
 * and what prints instead of the map), with their styles. A separate chunk, loaded once the map has
 * data, so the first paint does not wait for it.
 */
import {cardStyles} from './card.styles.js';
import {tableStyles} from './table.styles.js';

export {renderCard} from './partner-card.js';
export {renderTable} from './partner-table.js';
export const styles = [cardStyles, tableStyles];
