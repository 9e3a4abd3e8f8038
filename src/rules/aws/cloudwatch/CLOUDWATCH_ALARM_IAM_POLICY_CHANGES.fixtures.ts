import { MONITORED_EVENTS } from '../../lib/cis-monitoring.js';
import { monitoringCases } from './cases.js';

export default monitoringCases(MONITORED_EVENTS.iamPolicyChanges);
