import type { TemplateEdit, TemplateFix } from '../autofix/edits.js';
import { unhandledVerdict } from './shared.js';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/** All four public access block flags on: the whole block when it is missing, else the flags that are off. */
export const fix: TemplateFix = {
  ruleId: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED',
  fix(bucket, verdicts) {
    const unhandled = unhandledVerdict(verdicts, ['missing', 'flagOff'], 'unexpected finding');
    if (unhandled) return unhandled;
    if (verdicts.some((verdict) => verdict.messageId === 'missing')) {
      const value = Object.fromEntries(FLAGS.map((flag) => [flag, true]));
      return { description: 'add PublicAccessBlockConfiguration with all four flags true', edits: [{ kind: 'setProperty', resource: bucket.id, path: ['PublicAccessBlockConfiguration'], value }] };
    }
    const flags = verdicts.map((verdict) => String(verdict.data?.flag));
    const edits = flags.map((flag): TemplateEdit => ({ kind: 'setProperty', resource: bucket.id, path: ['PublicAccessBlockConfiguration', flag], value: true }));
    return { description: `set PublicAccessBlockConfiguration ${flags.join(', ')} to true`, edits };
  },
};
