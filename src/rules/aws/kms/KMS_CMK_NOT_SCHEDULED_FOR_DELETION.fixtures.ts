import type { RuleCase } from '../../tester.js';

// A key's deletion state exists only in the account: the other cases are configuration items.
export default [
  {
    name: 'cloudformation: a template has no key state, so the rule does not apply',
    template: 'Resources:\n  DataKey:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: { Version: "2012-10-17", Statement: [] }\n',
    expect: { DataKey: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
