import { awsServices } from '../aws.js';
import { parseRunbook, type Runbook } from '../document.js';
import { configureS3PublicAccessBlock, enableS3BucketEncryption } from './s3.js';
import { enableEbsDefaultEncryption, enableSqsQueueEncryption, revokeOpenIngress } from './others.js';
import type { BuiltinRunbook } from './types.js';
import { enableVpcFlowLogs } from './vpc-flow-logs.js';

export type { BuiltinRunbook } from './types.js';

export const BUILTIN_RUNBOOKS: readonly BuiltinRunbook[] = [
  enableVpcFlowLogs,
  enableS3BucketEncryption,
  configureS3PublicAccessBlock,
  enableSqsQueueEncryption,
  revokeOpenIngress,
  enableEbsDefaultEncryption,
];

const parsed = new Map<string, Runbook>();

/** The parsed document of a built-in runbook (validated once, like any user runbook). */
export function builtinRunbookDocument(builtin: BuiltinRunbook): Runbook {
  let runbook = parsed.get(builtin.name);
  if (!runbook) {
    runbook = parseRunbook(builtin.document, `${builtin.name}.yaml`, { name: builtin.name, services: awsServices });
    parsed.set(builtin.name, runbook);
  }
  return runbook;
}

/** The built-in runbook that fixes `ruleId`, if any. */
export function builtinRunbookFor(ruleId: string): BuiltinRunbook | undefined {
  return BUILTIN_RUNBOOKS.find((runbook) => ruleId in runbook.fixes);
}
