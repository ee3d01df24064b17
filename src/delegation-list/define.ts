import {defineElement} from '../core/define.js';
import {TwinDelegationList} from './delegation-list.js';

defineElement('twin-delegation-list', TwinDelegationList);

export {TwinDelegationList};
