import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A log group as DescribeLogGroups describes it (the shape the detective gates record). */
export const logGroup = (name: string, fields: Record<string, unknown> = {}) => {
  const arn = `arn:aws:logs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:log-group:${name}`;
  return buildConfigurationItem('AWS::Logs::LogGroup', { logGroupName: name, arn: `${arn}:*`, creationTime: 1767225600000, storedBytes: 0, ...fields }, { resourceId: name, resourceName: name, ARN: arn });
};

export default [
  {
    name: 'config: retention of a week, of two years, and never expire',
    items: [logGroup('/app/week', { retentionInDays: 7 }), logGroup('/app/long', { retentionInDays: 731 }), logGroup('/app/forever')],
    expect: {
      '/app/week': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      '/app/long': 'COMPLIANT',
      '/app/forever': 'COMPLIANT',
    },
  },
  {
    // A recorded retention is what the group has, even one the API did not offer when this rule was written.
    name: 'config: a recorded retention outside the offered list is judged by its days',
    items: [logGroup('/app/recorded', { retentionInDays: 4018 })],
    expect: { '/app/recorded': 'COMPLIANT' },
  },
] satisfies RuleCase[];
