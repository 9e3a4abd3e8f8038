import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import { describesDeployed, type PropertyPath, type Resource } from '../../../model/resource.js';
import { booleanAttribute, CLASSIC_LOAD_BALANCER, loadBalancerAttribute, loadBalancerType } from '../../lib/load-balancers.js';
import { booleanSetting } from '../../lib/settings.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { getPath, type Value } from '../../../model/value.js';
import { APPLICATION, CLASSIC, HTTPS_LISTENER } from './examples.js';

interface Params {
  s3BucketNames?: string[];
}

/** Where a load balancer delivers its access logs, when it does. */
interface Logging {
  enabled: boolean | Unknown;
  bucket: Value | undefined;
  /** The property that decides whether logging is on, and the bucket's. */
  enabledPath: PropertyPath;
  bucketPath: PropertyPath;
}

function classicLogging(balancer: Resource): Logging {
  const policy = ['AccessLoggingPolicy'];
  return {
    enabled: booleanSetting(balancer, [...policy, 'Enabled'], false) ?? false,
    bucket: getPath(balancer.properties, [...policy, 'S3BucketName']),
    enabledPath: balancer.properties.AccessLoggingPolicy === undefined ? [] : [...policy, 'Enabled'],
    bucketPath: [...policy, 'S3BucketName'],
  };
}

function applicationLogging(balancer: Resource): Logging {
  const enabled = booleanAttribute(balancer, 'access_logs.s3.enabled', false);
  const bucket = loadBalancerAttribute(balancer, 'access_logs.s3.bucket');
  return { enabled: enabled.value, bucket: bucket.value, enabledPath: enabled.path, bucketPath: bucket.path };
}

/** A bucket name, following a `Ref` to a bucket of the document that has a literal name. */
function bucketName(bucket: Value | undefined, graph: ResourceGraph): string | Unknown | undefined {
  if (bucket === undefined || bucket === null || bucket === '') return undefined;
  if (typeof bucket === 'string') return bucket;
  const target = graph.target(bucket);
  const name = target?.type === 'AWS::S3::Bucket' ? target.properties.BucketName : undefined;
  if (typeof name === 'string') return name;
  return isUnknown(bucket) ? bucket : unknown(`malformed: the log bucket should be a name, not ${JSON.stringify(bucket)}`);
}

export default defineRule<Params>({
  meta: {
    id: 'ELB_LOGGING_ENABLED',
    title: 'Load balancers write access logs',
    description:
      'Checks that a Classic Load Balancer (AccessLoggingPolicy) or an Application Load Balancer (the access_logs.s3.enabled attribute) delivers access logs to Amazon S3, optionally to one of the given buckets. Access logs record every request the load balancer served, for investigating attacks and errors. Network and Gateway Load Balancers are not checked.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer', 'AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'elb-logging-enabled',
    frameworks: {
      FSBP: ['ELB.5'],
      'NIST-800-53-r5': ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.1', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6', '10.5.4'],
    },
    parameters: {
      s3BucketNames: { type: 'string-list', description: 'Names of the S3 buckets the access logs must go to (any bucket when absent).' },
    },
    messages: {
      enabled: 'Load balancer {{id}} delivers access logs to S3 bucket {{bucket}}.',
      disabled: 'Load balancer {{id}} does not deliver access logs.',
      otherBucket: 'Load balancer {{id}} delivers access logs to S3 bucket {{bucket}}, not one of {{expected}}.',
      unknownLogging: 'Whether load balancer {{id}} delivers access logs{{where}} is not known before deployment ({{reason}}).',
      notLogged: 'Load balancer {{id}} is a {{type}} load balancer, which the check does not cover.',
      unknownType: 'Whether load balancer {{id}} is an Application Load Balancer is not known before deployment ({{reason}}).',
    },
    remediation:
      'Classic: set `AccessLoggingPolicy: { Enabled: true, S3BucketName: <bucket>, EmitInterval: 60 }`. Application: add `access_logs.s3.enabled` = "true" and `access_logs.s3.bucket` = <bucket> to `LoadBalancerAttributes` (Terraform: an `access_logs` block with `enabled = true`). The bucket policy must let Elastic Load Balancing write to it.',
    examples: {
      noncompliant: [{ cloudformation: APPLICATION }, { cloudformation: `${CLASSIC}${HTTPS_LISTENER}` }],
      compliant: [
        {
          cloudformation: `${APPLICATION}      LoadBalancerAttributes:\n        - Key: access_logs.s3.enabled\n          Value: "true"\n        - Key: access_logs.s3.bucket\n          Value: central-elb-logs\n`,
        },
        { cloudformation: `${CLASSIC}${HTTPS_LISTENER}      AccessLoggingPolicy:\n        Enabled: true\n        S3BucketName: central-elb-logs\n        EmitInterval: 60\n` },
      ],
    },
  },
  check(balancer, { params, graph }) {
    let logging: Logging;
    if (balancer.type === CLASSIC_LOAD_BALANCER) logging = classicLogging(balancer);
    else {
      const type = loadBalancerType(balancer);
      if (isUnknown(type)) return insufficientData('unknownType', { reason: type.reason }, ['Type']);
      if (type !== 'application') return notApplicable('notLogged', { type }, ['Type']);
      logging = applicationLogging(balancer);
    }
    const expected = params.s3BucketNames ?? [];
    const where = expected.length > 0 ? ` to one of ${expected.join(', ')}` : '';
    if (isUnknown(logging.enabled)) return insufficientData('unknownLogging', { where, reason: logging.enabled.reason }, logging.enabledPath);
    if (!logging.enabled) return nonCompliant('disabled', {}, logging.enabledPath);
    const bucket = bucketName(logging.bucket, graph);
    // Elastic Load Balancing turns access logs on only with a bucket to write to (S3BucketName is required, the API rejects access_logs.s3.enabled without access_logs.s3.bucket).
    if (bucket === undefined && !describesDeployed(balancer.source.format)) {
      return insufficientData('unknownLogging', { where, reason: 'malformed: access logs are enabled without a bucket to deliver them to' }, logging.enabledPath);
    }
    if (expected.length === 0) return compliant('enabled', { bucket: isUnknown(bucket) ? '(known at deployment)' : (bucket ?? '(not set)') }, logging.enabledPath);
    if (isUnknown(bucket)) return insufficientData('unknownLogging', { where, reason: bucket.reason }, logging.bucketPath);
    if (bucket !== undefined && expected.includes(bucket)) return compliant('enabled', { bucket }, logging.bucketPath);
    return nonCompliant('otherBucket', { bucket: bucket ?? '(not set)', expected: expected.join(', ') }, bucket === undefined ? logging.enabledPath : logging.bucketPath);
  },
});
