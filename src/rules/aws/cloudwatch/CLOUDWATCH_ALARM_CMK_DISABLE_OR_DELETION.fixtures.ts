import { MONITORED_EVENTS } from '../../lib/cis-monitoring.js';
import { monitoringCases } from './cases.js';

export default monitoringCases(MONITORED_EVENTS.cmkDisableOrDeletion, [
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)||($.eventName=DeleteAlias))}',
]);
