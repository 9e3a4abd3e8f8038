// The public API: the engine, the rule SDK, the adapters and the formatters.
export { Unknown, unknown, isUnknown } from './model/unknown.js';
export type { UnknownReference } from './model/unknown.js';
export * from './model/value.js';
export type * from './model/resource.js';
export { ResourceGraph } from './model/graph.js';
export type { ScanDocument } from './model/document.js';
export * from './model/evaluation.js';
export { defineRule, compliant, nonCompliant, insufficientData, notApplicable } from './rules/define.js';
export type * from './rules/types.js';
export { builtinRules } from './rules/index.js';
export { evaluateDocument, type ActiveRule } from './engine/run.js';
export { resolveParameters } from './engine/parameters.js';
export { Suppressions, type Exception } from './engine/suppressions.js';
export { loadCloudFormation, templateToDocument, type TemplateInputs } from './inputs/cloudformation/index.js';
export { scan, selectRules } from './scan/index.js';
export { parseConfig, type ToseiConfig } from './config/config.js';
export { formatters, FORMATS, type FormatName } from './report/index.js';
export type { ScanReport, FormatContext, Formatter } from './report/types.js';
// The live scan is the `tosei/live` entry point: it loads the AWS SDK, which a template scan does not need.
export { openStore, recordRun, resourceHistory, complianceSince, type RecordRunInput, type RunSource } from './store/index.js';
export { VERSION } from './version.js';
export { configItemsToDocument, normalizeItem, applyPreviousItems, type ConfigurationItem, type ConfigDocument, type ItemOrigin } from './inputs/config/index.js';
export { loadConfigItemsFile } from './inputs/config/snapshot.js';
export { handleConfigEvent, putEvaluations, type ConfigRuleDeps, type ConfigRuleResult } from './gates/config-rule/handler.js';
export { parseCredentialReport, credentialObservations, type CredentialUsage } from './live/credential-report.js';
