import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'cloudformation: an account analyzer and an unused-access analyzer',
    template: 'Resources:\n  Unused:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      Type: ACCOUNT_UNUSED_ACCESS\n  External:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      Type: ACCOUNT\n',
    expect: { '(account)': { status: 'COMPLIANT', messageId: 'enabled', path: ['AccessAnalyzers', 1] } },
  },
  {
    name: 'cloudformation: only an unused-access analyzer',
    template: 'Resources:\n  Unused:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      Type: ORGANIZATION_UNUSED_ACCESS\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'notExternal', path: ['AccessAnalyzers', 0, 'Type'] } },
  },
  {
    name: 'cloudformation: the analyzer type from a parameter without a default',
    template: 'Parameters:\n  Kind:\n    Type: String\nResources:\n  Analyzer:\n    Type: AWS::AccessAnalyzer::Analyzer\n    Properties:\n      Type: !Ref Kind\n',
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'cloudformation: a template with a detector only says nothing about analyzers',
    template: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n',
    expect: { '(account)': { status: 'NOT_APPLICABLE', messageId: 'undeclared' } },
  },
  {
    name: 'hcl: an analyzer (type defaults to ACCOUNT)',
    hcl: 'resource "aws_accessanalyzer_analyzer" "main" {\n  analyzer_name = "main"\n}\n',
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'hcl: an unused-access analyzer',
    hcl: 'resource "aws_accessanalyzer_analyzer" "unused" {\n  analyzer_name = "unused"\n  type          = "ACCOUNT_UNUSED_ACCESS"\n}\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'notExternal' } },
  },
  {
    name: 'plan: an organization analyzer',
    plan: { format_version: '1.2', resource_changes: [created('aws_accessanalyzer_analyzer.org', { analyzer_name: 'org', type: 'ORGANIZATION' })] },
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'plan: an unused-access analyzer',
    plan: { format_version: '1.2', resource_changes: [created('aws_accessanalyzer_analyzer.unused', { analyzer_name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS' })] },
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'notExternal' } },
  },
] satisfies RuleCase[];
