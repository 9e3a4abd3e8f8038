// RuleTester-style helpers for users' own rules: `import { verifyCase } from 'tosei/testing'`.
export { verifyCase, verifyCases, verifyExamples, verifyMeta, loadFixture } from './rules/tester.js';
export type { RuleCase, ExpectedVerdict } from './rules/tester.js';
// Config rules: sample events and items, like the Config RDK's rdklibtest.
export { buildConfigEvent, evaluateItems, type ConfigEventOptions, type RunOnItemsOptions } from './gates/config-rule/testing.js';
export {
  buildConfigurationItem,
  credentialReportCsv,
  urlEncodedPolicy,
  ipPermission,
  securityGroupItem,
  instanceItem,
  bucketItem,
  sseConfiguration,
  queueItem,
  iamUserItem,
  iamRoleItem,
  managedPolicyItem,
  type ItemOverrides,
} from './rules/config-fixtures.js';
export { loadConfigFixture } from './rules/tester.js';
