/**
 * Shared words of details, tables and filter panels (`common.*` ids, as in common-words.ts), in a module
 * of their own: what a lazily loaded part says (the list's details and filters) stays in that part's
 * chunk instead of the element's first load. Import as the namespace `details`.
 */
import {msg, str} from '@lit/localize';

/** `n`: the number of items, already formatted. */
export const showAll = (n: string) => msg(str`Show all (${n})`, {id: 'common.showAll'});
export const participants = () => msg('Participants', {id: 'common.participants'});
export const moreInformation = () => msg('More information', {id: 'common.moreInformation'});
export const country = () => msg('Country', {id: 'common.country'});
export const partnerCity = () => msg('Partner city', {id: 'common.partnerCity'});
export const kind = () => msg('Kind', {id: 'common.kind'});
