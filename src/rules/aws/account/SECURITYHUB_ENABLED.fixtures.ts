import { accountItem, buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const hub = buildConfigurationItem('AWS::SecurityHub::Hub', { ARN: 'arn:aws:securityhub:us-east-1:123456789012:hub/default', AutoEnableControls: true }, { resourceId: 'arn:aws:securityhub:us-east-1:123456789012:hub/default' });

export default [
  {
    name: 'config: the account with its hub (DescribeHub answered)',
    items: [accountItem({ securityHubs: [] }), hub],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'enabled' } },
  },
  {
    name: 'config: Security Hub not enabled (DescribeHub: InvalidAccessException)',
    items: [accountItem({ securityHubs: [] })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noHub' } },
  },
  {
    name: 'config: DescribeHub denied',
    items: [accountItem({ unreadable: { securityHubs: 'AccessDeniedException' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'cloudformation: a declared hub turns Security Hub on but can not show it off: live data decides',
    template: 'Resources:\n  Hub:\n    Type: AWS::SecurityHub::Hub\n    Properties:\n      EnableDefaultStandards: true\n',
    expect: { '(account)': 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
