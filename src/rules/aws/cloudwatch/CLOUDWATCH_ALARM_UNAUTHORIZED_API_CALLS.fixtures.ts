import { MONITORED_EVENTS } from '../../lib/cis-monitoring.js';
import { monitoringCases } from './cases.js';

export default monitoringCases(MONITORED_EVENTS.unauthorizedApiCalls, [
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }',
]);
