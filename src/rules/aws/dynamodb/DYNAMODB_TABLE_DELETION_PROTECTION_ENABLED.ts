import { defineRule } from '../../define.js';
import { TABLE } from './examples.js';
import { booleanSetting, judge } from '../../lib/settings.js';


export default defineRule({
  meta: {
    id: 'DYNAMODB_TABLE_DELETION_PROTECTION_ENABLED',
    title: 'DynamoDB tables have deletion protection',
    description: 'Checks that an Amazon DynamoDB table has deletion protection enabled (DeletionProtectionEnabled; off when unset), so the table can not be deleted by accident.',
    severity: 'medium',
    resourceTypes: ['AWS::DynamoDB::Table'],
    managedRule: 'dynamodb-table-deletion-protection-enabled',
    frameworks: { FSBP: ['DynamoDB.6'] },
    messages: {
      enabled: 'Table {{id}} has deletion protection enabled.',
      disabled: 'Table {{id}} does not have deletion protection enabled (DeletionProtectionEnabled is not true).',
      unknownProtection: 'Whether table {{id}} has deletion protection enabled is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `DeletionProtectionEnabled: true` on the table.',
    examples: {
      noncompliant: [{ cloudformation: TABLE }],
      compliant: [{ cloudformation: `${TABLE}      DeletionProtectionEnabled: true\n` }],
    },
  },
  check(table) {
    const enabled = booleanSetting(table, ['DeletionProtectionEnabled'], false) ?? false;
    return judge(enabled, { pass: 'enabled', fail: 'disabled', unknown: 'unknownProtection' }, table.properties.DeletionProtectionEnabled === undefined ? [] : ['DeletionProtectionEnabled']);
  },
});

