import { defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { judge, stringSetting } from '../../lib/settings.js';

export default defineRule({
  meta: {
    id: 'ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED',
    title: 'ECR private repositories have immutable image tags',
    description:
      'Checks that an Amazon ECR private repository sets `ImageTagMutability` to `IMMUTABLE`. With mutable tags (the default) anyone who can push can replace the image behind a tag such as `v1.4.2` or `latest`, and every deployment that pulls it by tag runs the replacement. `IMMUTABLE_WITH_EXCLUSION` leaves the excluded tags mutable and does not pass.',
    severity: 'medium',
    resourceTypes: ['AWS::ECR::Repository'],
    managedRule: 'ecr-private-tag-immutability-enabled',
    frameworks: { FSBP: ['ECR.2'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-8(1)'] },
    messages: {
      immutable: 'ECR repository {{id}} has immutable image tags.',
      mutable: 'ECR repository {{id}} has mutable image tags (ImageTagMutability is {{actual}}).',
      unknown: 'Whether ECR repository {{id}} has immutable image tags is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ImageTagMutability: IMMUTABLE` on the repository and push every build under a new tag (a version or the commit id).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web\n      ImageTagMutability: IMMUTABLE\n' }],
    },
  },
  check(repository) {
    const path = ['ImageTagMutability'];
    const written = repository.properties.ImageTagMutability;
    // ECR's default is MUTABLE.
    const mutability = stringSetting(repository, path, 'MUTABLE');
    const outcome = isUnknown(mutability) ? mutability : mutability === 'IMMUTABLE';
    return judge(outcome, { pass: 'immutable', fail: 'mutable', unknown: 'unknown' }, written === undefined ? [] : path, { actual: written === undefined ? 'not set (default MUTABLE)' : String(isUnknown(mutability) ? 'unknown' : mutability) });
  },
});
