import { defineRule } from '../../define.js';
import { judgeService, type MemberState } from '../../lib/account.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Resource } from '../../../model/resource.js';

type MessageId = 'enabled' | 'noAnalyzer' | 'notExternal' | 'undeclared' | 'unknown';

/** Analyzer types that look for external access (the unused-access ones do not). */
const EXTERNAL = new Set(['ACCOUNT', 'ORGANIZATION']);

const analyzer = (type: string) => `Resources:\n  Analyzer:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      Type: ${type}\n`;

function analyzerState(member: Resource): MemberState {
  const type = member.properties.Type;
  if (isUnknown(type)) return { on: 'unknown', reason: type.reason, path: ['Type'] };
  if (typeof type !== 'string') return { on: 'unknown', reason: `Type is ${JSON.stringify(type ?? null)}`, path: ['Type'] };
  if (!EXTERNAL.has(type)) return { on: false, why: `type ${type} does not analyze external access`, path: ['Type'] };
  // The live scan reads the analyzer's status; a declared analyzer is active once created.
  const status = member.observed?.Status;
  if (isUnknown(status)) return { on: 'unknown', reason: status.reason, path: [] };
  if (typeof status === 'string' && status !== 'ACTIVE') return { on: false, why: `its status is ${status}`, path: [] };
  return { on: true };
}

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED',
    title: 'IAM Access Analyzer for external access is active in the account and region',
    description:
      'Checks that the region has an active IAM Access Analyzer analyzer for external access (type ACCOUNT or ORGANIZATION), which reports resources shared outside the zone of trust. Unused-access analyzers do not count. A template or plan that declares no analyzer says nothing about the account.',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'iam-external-access-analyzer-enabled',
    frameworks: { 'CIS-v1.4.0': ['1.20'], 'CIS-v3.0.0': ['1.20'], 'CIS-v5.0.0': ['1.19'] },
    messages: {
      enabled: 'IAM Access Analyzer {{id}} analyzes external access.',
      noAnalyzer: 'There is no IAM Access Analyzer analyzer for external access in this account and region.',
      notExternal: 'IAM Access Analyzer {{id}} does not count: {{why}}.',
      undeclared: 'This input declares no IAM Access Analyzer analyzer.',
      unknown: 'Whether an external access analyzer is active is not known ({{reason}}).',
    },
    remediation: 'Create an external access analyzer in every region (IAM console, `aws accessanalyzer create-analyzer --type ACCOUNT`, `AWS::AccessAnalyzer::Analyzer` with `Type: ACCOUNT`, or Terraform `aws_accessanalyzer_analyzer`).',
    examples: {
      noncompliant: [{ cloudformation: analyzer('ACCOUNT_UNUSED_ACCESS') }],
      compliant: [{ cloudformation: analyzer('ACCOUNT') }],
    },
  },
  check: (account, { graph }) =>
    judgeService(account, graph, 'AccessAnalyzers', analyzerState, { on: 'enabled', none: 'noAnalyzer', off: 'notExternal', undeclared: 'undeclared', unknown: 'unknown' }),
});
