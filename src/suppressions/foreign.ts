// Suppressions written for other scanners, honoured where the peer's check decides the same control.
import type { Suppression } from '../model/evaluation.js';
import type { Properties, Value } from '../model/value.js';
import { isObject } from '../model/value.js';
import { peerRule, type ForeignSource } from './peer-rules.js';

/** Where the Terraform reader puts `#checkov:skip=`, `#tfsec:ignore:` and `#trivy:ignore:` comments of a resource. */
export const FOREIGN_METADATA_KEY = 'tosei:foreign';

export interface ForeignSkip {
  tool: ForeignSource;
  id: string;
  reason: string;
}

/** The other scanners' suppressions in a resource's metadata (CloudFormation `Metadata`, Terraform comments). */
export function foreignSkips(metadata: Properties): ForeignSkip[] {
  const skips: ForeignSkip[] = [];
  const cfnNag = metadata.cfn_nag;
  if (isObject(cfnNag)) skips.push(...entries(cfnNag.rules_to_suppress, 'cfn_nag', 'reason'));
  const cdkNag = metadata.cdk_nag;
  if (isObject(cdkNag)) skips.push(...entries(cdkNag.rules_to_suppress, 'cdk-nag', 'reason'));
  const checkov = metadata.checkov;
  if (isObject(checkov)) skips.push(...entries(checkov.skip, 'checkov', 'comment'));
  const cfnLint = metadata['cfn-lint'];
  const config = isObject(cfnLint) ? cfnLint.config : undefined;
  if (isObject(config) && Array.isArray(config.ignore_checks)) {
    for (const id of config.ignore_checks) if (typeof id === 'string') skips.push({ tool: 'cfn-lint', id, reason: '' });
  }
  const fromComments = metadata[FOREIGN_METADATA_KEY];
  if (Array.isArray(fromComments)) {
    for (const entry of fromComments) {
      if (isObject(entry) && typeof entry.tool === 'string' && typeof entry.id === 'string') skips.push({ tool: entry.tool as ForeignSource, id: entry.id, reason: typeof entry.reason === 'string' ? entry.reason : '' });
    }
  }
  return skips;
}

/** `[{id, reason}]` as cfn_nag writes it, `[{id, comment}]` as checkov does; anything else is not a suppression. */
function entries(list: Value | undefined, tool: ForeignSource, reasonKey: string): ForeignSkip[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    if (!isObject(entry) || typeof entry.id !== 'string') return [];
    const reason = entry[reasonKey];
    return [{ tool, id: entry.id, reason: typeof reason === 'string' ? reason.trim() : '' }];
  });
}

/** Each resource's foreign suppressions, read once: every failing rule of the resource asks for them. */
const skipsByMetadata = new WeakMap<Properties, ForeignSkip[]>();

/** The first of the resource's foreign suppressions whose peer check maps to `ruleId`. */
export function foreignSuppression(metadata: Properties, ruleId: string): Suppression | undefined {
  let skips = skipsByMetadata.get(metadata);
  if (!skips) skipsByMetadata.set(metadata, (skips = foreignSkips(metadata)));
  for (const skip of skips) {
    if (!peerRule(skip.tool, skip.id)?.tosei.includes(ruleId)) continue;
    return { kind: 'foreign', reason: `suppressed by ${skip.tool} ${skip.id}${skip.reason ? `: ${skip.reason}` : ' (no reason given)'}` };
  }
  return undefined;
}
