import { defineRule, notApplicable } from '../../define.js';
import { DISTRIBUTION_CONFIG, judgeParts, objectAt, origins, unknownFindings, where, type Finding } from '../../lib/cloudfront.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';

const S3_DISTRIBUTION = (identity: string) => `Resources:
  Identity:
    Type: AWS::CloudFront::CloudFrontOriginAccessIdentity
    Properties:
      CloudFrontOriginAccessIdentityConfig: { Comment: assets }
  Assets:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: assets, ViewerProtocolPolicy: redirect-to-https }
        Origins:
          - Id: assets
            DomainName: assets.s3.us-east-1.amazonaws.com
            S3OriginConfig:
              OriginAccessIdentity: ${identity}
`;

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_ORIGIN_ACCESS_IDENTITY_ENABLED',
    title: 'CloudFront S3 origins use an origin access identity',
    description:
      'Checks that every Amazon S3 origin of an Amazon CloudFront distribution (S3OriginConfig, or the legacy S3Origin) has an origin access identity, so the bucket can grant reads to CloudFront alone. As in the AWS Config rule, an origin access control (OriginAccessControlId) does not count: AWS Config judges it with cloudfront-s3-origin-access-control-enabled. A distribution without S3 origins is not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-origin-access-identity-enabled',
    frameworks: { 'NIST-800-53-r5': ['SC-7(11)'] },
    recommended: false,
    whyNotRecommended:
      'AWS now recommends origin access control (OAC) over the legacy origin access identity, and this rule fails S3 origins that use OAC; turn it on only where OAI is still the standard.',
    messages: {
      identity: 'Every S3 origin of distribution {{id}} has an origin access identity.',
      noIdentity: 'S3 origin {{where}} of distribution {{id}} has no origin access identity (OriginAccessIdentity is empty{{oac}}).',
      noS3Origin: 'Distribution {{id}} has no S3 origin.',
      unknownIdentity: 'Whether S3 origin {{where}} of distribution {{id}} has an origin access identity is not known before deployment ({{reason}}).',
    },
    remediation: 'Create an `AWS::CloudFront::CloudFrontOriginAccessIdentity` and set `S3OriginConfig.OriginAccessIdentity: !Sub origin-access-identity/cloudfront/${Identity}` (or move the origin to an origin access control and use cloudfront-s3-origin-access-control-enabled).',
    examples: {
      noncompliant: [{ cloudformation: S3_DISTRIBUTION("''") }],
      compliant: [{ cloudformation: S3_DISTRIBUTION('!Sub origin-access-identity/cloudfront/${Identity}') }],
    },
  },
  check(site) {
    const all = origins(site);
    const s3 = [...all.parts.map((origin) => ({ origin: origin.path, config: objectAt(site, [...origin.path, 'S3OriginConfig']) })), { origin: [DISTRIBUTION_CONFIG, 'S3Origin'], config: objectAt(site, [DISTRIBUTION_CONFIG, 'S3Origin']) }];
    const findings: Finding[] = s3.flatMap(({ origin, config }) => [
      ...config.parts.map(({ path }): Finding => {
        const identityPath = [...path, 'OriginAccessIdentity'];
        const identity = getPath(site.properties, identityPath);
        // A value chosen at deployment (`!Sub origin-access-identity/cloudfront/${Identity}`) is an identity.
        const set = isSet(identity);
        const outcome = set === true && !isUnknown(identity) && typeof identity !== 'string' ? unknown(`malformed: ${site.id} ${identityPath.join('.')} is not a string`) : set;
        const oac = isSet(getPath(site.properties, [...origin, 'OriginAccessControlId'])) === true ? '; an origin access control does not count' : '';
        return { path: identity === undefined ? path : identityPath, outcome, data: { where: where(origin), oac } };
      }),
      ...unknownFindings(config, { oac: '' }),
    ]);
    // An origin of unknown kind may be an S3 origin.
    const undecided = unknownFindings(all, { oac: '' });
    if (findings.length === 0 && undecided.length === 0) return notApplicable('noS3Origin');
    return judgeParts([...findings, ...undecided], { pass: 'identity', fail: 'noIdentity', unknown: 'unknownIdentity' });
  },
});
