import { defineRule } from '../../define.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { isSet } from '../../lib/certainty.js';
import { judge } from '../../lib/settings.js';

const PATH = ['LifecyclePolicy', 'LifecyclePolicyText'];
const MESSAGES = { pass: 'configured', fail: 'missing', unknown: 'unknown' } as const;

export default defineRule({
  meta: {
    id: 'ECR_PRIVATE_LIFECYCLE_POLICY_CONFIGURED',
    title: 'ECR private repositories have a lifecycle policy',
    description:
      'Checks that an Amazon ECR private repository has a lifecycle policy (`LifecyclePolicy.LifecyclePolicyText`; in Terraform an `aws_ecr_lifecycle_policy` on the repository). Without one, old and untagged images pile up: storage grows without bound and stale, vulnerable images stay available to pull.',
    severity: 'medium',
    resourceTypes: ['AWS::ECR::Repository'],
    managedRule: 'ecr-private-lifecycle-policy-configured',
    frameworks: { FSBP: ['ECR.3'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'] },
    messages: {
      configured: 'ECR repository {{id}} has a lifecycle policy.',
      missing: 'ECR repository {{id}} has no lifecycle policy.',
      unknown: 'Whether ECR repository {{id}} has a lifecycle policy is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `LifecyclePolicy.LifecyclePolicyText` to the repository (in Terraform, an `aws_ecr_lifecycle_policy`), for example expiring untagged images after 14 days and keeping the last 50 tagged ones.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web\n      LifecyclePolicy:\n        LifecyclePolicyText: \'{"rules":[{"rulePriority":1,"description":"expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}\'\n',
        },
      ],
    },
  },
  check(repository) {
    const policy = repository.properties.LifecyclePolicy;
    if (isUnknown(policy)) return judge(policy, MESSAGES, ['LifecyclePolicy']);
    if (policy === undefined || policy === null) return judge(false, MESSAGES, []);
    const text = isObject(policy) ? policy.LifecyclePolicyText : undefined;
    // A text known only at deployment (`Fn::Sub`, `Fn::ImportValue`, `jsonencode` of a reference) is still a policy.
    const outcome = typeof text === 'string' || text === undefined || text === null || isUnknown(text) ? isSet(text) : unknown(`malformed: LifecyclePolicyText of ${repository.id} should be text, not ${JSON.stringify(text)}`);
    return judge(outcome, MESSAGES, text === undefined ? ['LifecyclePolicy'] : PATH);
  },
});
