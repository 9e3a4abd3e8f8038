import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { stringSetting } from '../../lib/settings.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { GROUP } from './examples.js';

/** Whether the group is registered with a load balancer: a classic one (LoadBalancerNames) or a target group. */
function balanced(group: Resource): boolean | Unknown {
  let open: Unknown | undefined;
  for (const property of ['LoadBalancerNames', 'TargetGroupARNs']) {
    const value = group.properties[property];
    if (value === undefined || value === null) continue;
    if (isUnknown(value)) {
      open ??= value;
      continue;
    }
    if (!Array.isArray(value)) return unknown(`malformed: ${group.id} ${property} should be a list, not ${JSON.stringify(value)}`);
    // A list entry that may be absent (an undecidable condition) leaves the registration open.
    if (value.some((entry) => !isUnknown(entry) || !entry.mayBeAbsent)) return true;
    open ??= value.find(isUnknown);
  }
  return open ?? false;
}

export default defineRule({
  meta: {
    id: 'AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED',
    title: 'Load-balanced Auto Scaling groups use load balancer health checks',
    description:
      'Checks that an Auto Scaling group registered with a load balancer (LoadBalancerNames or TargetGroupARNs) includes ELB in its HealthCheckType (EC2 when unset), so instances that fail the load balancer\'s health checks are replaced. A group without a load balancer is not applicable.',
    severity: 'low',
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    managedRule: 'autoscaling-group-elb-healthcheck-required',
    frameworks: { FSBP: ['AutoScaling.1'], 'PCI-DSS-v3.2.1': ['2.2'], 'NIST-800-53-r5': ['CA-7', 'CP-2(2)', 'SI-2'] },
    messages: {
      elb: 'Auto Scaling group {{id}} uses load balancer health checks (HealthCheckType {{type}}).',
      notElb: 'Auto Scaling group {{id}} is registered with a load balancer but uses {{type}} health checks, not ELB.',
      noLoadBalancer: 'Auto Scaling group {{id}} is not registered with a load balancer.',
      unknownHealthCheck: 'Whether Auto Scaling group {{id}} uses load balancer health checks is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `HealthCheckType: ELB` and a `HealthCheckGracePeriod` long enough for instances to start (Terraform: `health_check_type = "ELB"`).',
    examples: {
      noncompliant: [{ cloudformation: `${GROUP}      LaunchTemplate: { LaunchTemplateName: web, Version: "1" }\n      AvailabilityZones: [us-east-1a, us-east-1b]\n      TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abcd9b2e38491ce1]\n` }],
      compliant: [
        {
          cloudformation: `${GROUP}      LaunchTemplate: { LaunchTemplateName: web, Version: "1" }\n      AvailabilityZones: [us-east-1a, us-east-1b]\n      TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abcd9b2e38491ce1]\n      HealthCheckType: ELB\n      HealthCheckGracePeriod: 300\n`,
        },
      ],
    },
  },
  check(group) {
    const type = stringSetting(group, ['HealthCheckType'], 'EC2') ?? 'EC2';
    const path = group.properties.HealthCheckType === undefined ? [] : ['HealthCheckType'];
    // A comma-separated list of types (EC2, EBS, ELB, VPC_LATTICE).
    const elb = isUnknown(type) ? type : type.split(',').some((part) => part.trim().toUpperCase() === 'ELB');
    const registered = balanced(group);
    if (registered === false) return notApplicable('noLoadBalancer', {}, []);
    // Not known to be registered: the check may not apply at all.
    if (isUnknown(registered)) return insufficientData('unknownHealthCheck', { reason: registered.reason }, []);
    if (isUnknown(elb)) return insufficientData('unknownHealthCheck', { reason: elb.reason }, path);
    if (elb) return compliant('elb', { type: type as string }, path);
    return nonCompliant('notElb', { type: type as string }, path);
  },
});
