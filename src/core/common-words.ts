/**
 * Words of filters, tables and details that every element says the same way, under `common.*` message
 * ids. Imported as the namespace `common` (`core/labels.ts`): one export each, so an element's bundle
 * carries only the words it says.
 */
import {msg, str} from '@lit/localize';

export const filters = () => msg('Filters', {id: 'common.filters'});
/** `n`: the number of chosen filters, already formatted. */
export const filtersActive = (n: string) => msg(str`(${n} selected)`, {id: 'common.filtersActive'});
export const clearFilters = () => msg('Clear filters', {id: 'common.clearFilters'});
export const close = () => msg('Close', {id: 'common.close'});
export const date = () => msg('Date', {id: 'common.date'});
export const format = () => msg('Format', {id: 'common.format'});
export const partner = () => msg('Partner', {id: 'common.partner'});
export const year = () => msg('Year', {id: 'common.year'});
export const month = () => msg('Month', {id: 'common.month'});
