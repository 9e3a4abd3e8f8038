import { MONITORED_EVENTS } from '../../lib/cis-monitoring.js';
import { monitoringCases } from './cases.js';

export default monitoringCases(MONITORED_EVENTS.routeTableChanges, [
  '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
]);
