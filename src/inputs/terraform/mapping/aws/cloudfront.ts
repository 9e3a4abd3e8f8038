import { compact, type MappingContext } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Properties, Value, ValueObject } from '../../../../model/value.js';
import { eachBlock, type ServiceMappings } from './shared.js';

/** An optional string attribute the provider sets to "" when it is not configured. */
const text = (value: Value | undefined): Value | undefined => (value === '' || value === null ? undefined : value);

function cacheBehavior(block: ValueObject): Properties {
  return compact({ PathPattern: block.path_pattern ?? undefined, TargetOriginId: block.target_origin_id ?? undefined, ViewerProtocolPolicy: block.viewer_protocol_policy ?? undefined });
}

function origin(context: MappingContext, block: ValueObject, path: string): Properties {
  const custom = context.block(`${path}.custom_origin_config`);
  // Without a custom or VPC origin block the provider sends an S3 origin with an empty identity (an origin access control's bucket).
  const vpc = context.block(`${path}.vpc_origin_config`);
  const s3 = context.block(`${path}.s3_origin_config`) ?? (custom || vpc ? undefined : {});
  return compact({
    Id: block.origin_id ?? undefined,
    DomainName: context.link(`${path}.domain_name`),
    OriginAccessControlId: text(context.link(`${path}.origin_access_control_id`)),
    S3OriginConfig: s3 ? compact({ OriginAccessIdentity: context.link(`${path}.s3_origin_config.0.origin_access_identity`) ?? '' }) : undefined,
    CustomOriginConfig: custom
      ? compact({ HTTPPort: custom.http_port ?? undefined, HTTPSPort: custom.https_port ?? undefined, OriginProtocolPolicy: custom.origin_protocol_policy ?? undefined, OriginSSLProtocols: custom.origin_ssl_protocols ?? undefined })
      : undefined,
    VpcOriginConfig: vpc ? compact({ VpcOriginId: context.link(`${path}.vpc_origin_config.0.vpc_origin_id`) }) : undefined,
  });
}

/** `origin_group` blocks keep CloudFormation's `{ Quantity, Items }` shape, as `OriginGroups` does. */
function originGroups(context: MappingContext): Value | undefined {
  const groups = eachBlock(context, 'origin_group', (block, path) => {
    const members = eachBlock(context, `${path}.member`, (member) => compact({ OriginId: member.origin_id ?? undefined }));
    return compact({ Id: block.origin_id ?? undefined, Members: Array.isArray(members) ? { Quantity: members.length, Items: members } : members });
  });
  if (!Array.isArray(groups)) return groups;
  return groups.length === 0 ? undefined : { Quantity: groups.length, Items: groups };
}

/** CloudFront: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_cloudfront_distribution: {
      cloudFormationType: 'AWS::CloudFront::Distribution',
      properties(context) {
        const certificate = context.block('viewer_certificate');
        const logging = context.get('logging_config');
        return {
          DistributionConfig: compact({
            Enabled: context.get('enabled'),
            Aliases: context.get('aliases'),
            DefaultRootObject: text(context.get('default_root_object')),
            WebACLId: text(context.link('web_acl_id')),
            DefaultCacheBehavior: isUnknown(context.get('default_cache_behavior')) ? context.get('default_cache_behavior') : mapBlock(context.block('default_cache_behavior'), cacheBehavior),
            CacheBehaviors: eachBlock(context, 'ordered_cache_behavior', cacheBehavior),
            Origins: eachBlock(context, 'origin', (block, path) => origin(context, block, path)),
            OriginGroups: originGroups(context),
            ViewerCertificate: certificate
              ? compact({
                  AcmCertificateArn: text(context.link('viewer_certificate.0.acm_certificate_arn')),
                  CloudFrontDefaultCertificate: certificate.cloudfront_default_certificate ?? undefined,
                  IamCertificateId: text(context.link('viewer_certificate.0.iam_certificate_id')),
                  MinimumProtocolVersion: text(certificate.minimum_protocol_version),
                  SslSupportMethod: text(certificate.ssl_support_method),
                })
              : context.get('viewer_certificate'),
            // The bucket is the logs bucket's domain name, as in CloudFormation.
            Logging: isUnknown(logging) ? logging : mapBlock(context.block('logging_config'), (block) => compact({ Bucket: context.link('logging_config.0.bucket'), Prefix: text(block.prefix), IncludeCookies: block.include_cookies ?? undefined })),
          }),
        };
      },
    },
  },
};

function mapBlock(block: ValueObject | undefined, map: (block: ValueObject) => Properties): Properties | undefined {
  return block ? map(block) : undefined;
}
