// RuleTester-style helpers for users' own rules: `import { verifyCase } from 'tosei/testing'`.
export { verifyCase, verifyCases, verifyExamples, verifyMeta, loadFixture } from './rules/tester.js';
export type { RuleCase, ExpectedVerdict } from './rules/tester.js';
