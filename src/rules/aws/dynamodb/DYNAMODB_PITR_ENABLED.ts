import { defineRule } from '../../define.js';
import { TABLE } from './examples.js';
import { booleanSetting, judge, objectSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';


export default defineRule({
  meta: {
    id: 'DYNAMODB_PITR_ENABLED',
    title: 'DynamoDB tables have point-in-time recovery',
    description:
      'Checks that an Amazon DynamoDB table has point-in-time recovery enabled (PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled; off when unset), so the table can be restored to any second of the recovery window.',
    severity: 'medium',
    resourceTypes: ['AWS::DynamoDB::Table'],
    managedRule: 'dynamodb-pitr-enabled',
    frameworks: { FSBP: ['DynamoDB.2'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'] },
    messages: {
      enabled: 'Table {{id}} has point-in-time recovery enabled.',
      disabled: 'Table {{id}} does not have point-in-time recovery enabled (PointInTimeRecoveryEnabled is not true).',
      unknownRecovery: 'Whether table {{id}} has point-in-time recovery enabled is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }` on the table.',
    examples: {
      noncompliant: [{ cloudformation: TABLE }],
      compliant: [{ cloudformation: `${TABLE}      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n` }],
    },
  },
  check(table) {
    const block = objectSetting(table, ['PointInTimeRecoverySpecification']);
    const enabled = isUnknown(block) ? block : (booleanSetting(table, ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], false) ?? false);
    const path = block === undefined ? [] : isUnknown(block) || block.PointInTimeRecoveryEnabled === undefined ? ['PointInTimeRecoverySpecification'] : ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'];
    return judge(enabled, { pass: 'enabled', fail: 'disabled', unknown: 'unknownRecovery' }, path);
  },
});

