/**
 * Builds a `resource_changes` entry of Terraform plan JSON (protocols §B.6) from an address,
 * for rule fixtures: `created('module.m.aws_s3_bucket.b[0]', { bucket: 'x' }, { arn: true })`.
 */
export function created(address: string, after: object, afterUnknown: object = {}) {
  const [, module, type = '', name = '', index] = /^(?:(.+)\.)?(aws\w*)\.([\w-]+)(?:\[(\d+)\])?$/.exec(address) ?? [];
  return {
    address,
    ...(module ? { module_address: module } : {}),
    mode: 'managed',
    type,
    name,
    ...(index === undefined ? {} : { index: Number(index) }),
    provider_name: `registry.terraform.io/hashicorp/${type.startsWith('awscc_') ? 'awscc' : 'aws'}`,
    change: { actions: ['create'], before: null, after, after_unknown: afterUnknown, before_sensitive: false, after_sensitive: {} },
  };
}
