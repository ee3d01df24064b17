import {defineElement} from '../core/define.js';
import {TwinPartnerMap} from './partner-map.js';

defineElement('twin-partner-map', TwinPartnerMap);

export {TwinPartnerMap};
