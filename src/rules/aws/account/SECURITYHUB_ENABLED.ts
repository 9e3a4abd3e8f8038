import { defineRule } from '../../define.js';
import { judgeService } from '../../lib/account.js';

export default defineRule<Record<string, never>, 'enabled' | 'noHub' | 'off' | 'undeclared' | 'unknown'>({
  meta: {
    id: 'SECURITYHUB_ENABLED',
    title: 'Security Hub is enabled in the account and region',
    description:
      'Checks that AWS Security Hub is enabled (the account has a hub) in the region, so findings of the security services and the standards\' checks are gathered in one place. A template or plan can only turn Security Hub on, never show that it is off, so the rule needs live data (the account\'s hub, DescribeHub).',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'securityhub-enabled',
    frameworks: { 'CIS-v3.0.0': ['4.16'], 'CIS-v5.0.0': ['4.16'] },
    liveOnly: true,
    messages: {
      enabled: 'Security Hub is enabled ({{id}}).',
      noHub: 'Security Hub is not enabled in this account and region.',
      off: 'Security Hub {{id}} is not enabled ({{why}}).',
      undeclared: 'This input does not declare Security Hub.',
      unknown: 'Whether Security Hub is enabled is not known ({{reason}}).',
    },
    remediation: 'Enable Security Hub in every region (Security Hub console, `aws securityhub enable-security-hub`, `AWS::SecurityHub::Hub`, or Terraform `aws_securityhub_account`), ideally from a delegated administrator for the organization.',
  },
  // A declared hub is an enabled Security Hub: the resource exists only while it is on.
  check: (account, { graph }) => judgeService(account, graph, 'SecurityHubs', () => ({ on: true }), { on: 'enabled', none: 'noHub', off: 'off', undeclared: 'undeclared', unknown: 'unknown' }),
});
