import { MONITORED_EVENTS, monitoringRule } from '../../lib/cis-monitoring.js';

export default monitoringRule(MONITORED_EVENTS.cmkDisableOrDeletion);
