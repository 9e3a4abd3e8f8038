import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A detector as Config records it: CloudFormation-shaped, with the legacy DataSources flags. */
const detector = (id: string, dataSources: object) => buildConfigurationItem('AWS::GuardDuty::Detector', { Id: id, Enable: true, FindingPublishingFrequency: 'SIX_HOURS', DataSources: dataSources }, { resourceId: id });

export default [
  {
    name: 'config: detectors with the data source on and off',
    items: [detector('on1', { Kubernetes: { AuditLogs: { Enable: true } } }), detector('off1', { Kubernetes: { AuditLogs: { Enable: false } } })],
    expect: { on1: 'COMPLIANT', off1: { status: 'NON_COMPLIANT', messageId: 'disabled' } },
  },
  {
    name: 'config: a detector item without DataSources',
    items: [buildConfigurationItem('AWS::GuardDuty::Detector', { Id: 'bare1', Enable: true }, { resourceId: 'bare1' })],
    expect: { bare1: { status: 'INSUFFICIENT_DATA', messageId: 'notDeclared' } },
  },
] satisfies RuleCase[];
