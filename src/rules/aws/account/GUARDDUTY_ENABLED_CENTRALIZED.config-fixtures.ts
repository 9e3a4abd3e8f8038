import { accountItem, buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A detector as Config records it (AWS::GuardDuty::Detector, CloudFormation-shaped configuration). */
const detector = (id: string, enable: boolean) => buildConfigurationItem('AWS::GuardDuty::Detector', { Id: id, Enable: enable, FindingPublishingFrequency: 'SIX_HOURS' }, { resourceId: id });

export default [
  {
    name: 'config: the account and its enabled detector',
    items: [accountItem({ guardDutyDetectors: [] }), detector('12abc34d567e8fa901bc2d34e56789f0', true)],
    expect: { '123456789012': 'COMPLIANT' },
  },
  {
    name: 'config: the account without a detector',
    items: [accountItem({ guardDutyDetectors: [] })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noDetector' } },
  },
  {
    name: 'config: the detectors could not be listed',
    items: [accountItem({ unreadable: { guardDutyDetectors: 'AccessDeniedException' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
