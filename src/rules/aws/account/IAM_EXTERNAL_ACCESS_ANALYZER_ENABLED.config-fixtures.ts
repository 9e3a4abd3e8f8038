import { accountItem, buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** An analyzer as Config records it (AWS::AccessAnalyzer::Analyzer, CloudFormation-shaped configuration). */
const analyzer = (name: string, type: string) => {
  const arn = `arn:aws:access-analyzer:us-east-1:123456789012:analyzer/${name}`;
  return buildConfigurationItem('AWS::AccessAnalyzer::Analyzer', { AnalyzerName: name, Arn: arn, Type: type, ArchiveRules: [] }, { resourceId: arn, ARN: arn });
};

export default [
  {
    name: 'config: the account and its account analyzer',
    items: [accountItem({ accessAnalyzers: [] }), analyzer('main', 'ACCOUNT')],
    expect: { '123456789012': 'COMPLIANT' },
  },
  {
    name: 'config: the account with an unused-access analyzer only',
    items: [accountItem({ accessAnalyzers: [] }), analyzer('unused', 'ACCOUNT_UNUSED_ACCESS')],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'notExternal' } },
  },
  {
    name: 'config: no analyzer at all',
    items: [accountItem({ accessAnalyzers: [] })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noAnalyzer' } },
  },
] satisfies RuleCase[];
