import {defineElement} from '../core/define.js';
import {TwinReportSummary} from './report-summary.js';

defineElement('twin-report-summary', TwinReportSummary);

export {TwinReportSummary};
