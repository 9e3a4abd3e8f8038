import { buildConfigurationItem, FIXTURE_ACCOUNT } from '../../config-fixtures.js';

/**
 * A distribution's configuration item as Config records it (the RDK's example_ci, GetDistribution
 * shape with `{ quantity, items }` wrappers): the default certificate, no logging, no web ACL, one
 * custom origin over HTTPS and no ordered behaviors, unless `config` replaces a part of
 * `distributionConfig`.
 */
export function distributionItem(id: string, config: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:cloudfront::${FIXTURE_ACCOUNT}:distribution/${id}`;
  const distributionConfig = {
    callerReference: '1549938451674',
    aliases: { quantity: 0 },
    defaultRootObject: 'index.html',
    origins: { quantity: 1, items: [customOrigin('web', 'https-only')] },
    originGroups: { quantity: 0 },
    defaultCacheBehavior: behavior('web', 'redirect-to-https'),
    cacheBehaviors: { quantity: 0 },
    customErrorResponses: { quantity: 0 },
    comment: '',
    logging: { enabled: false, includeCookies: false, bucket: '', prefix: '' },
    priceClass: 'PriceClass_100',
    enabled: true,
    viewerCertificate: { cloudFrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1', certificateSource: 'cloudfront' },
    restrictions: { geoRestriction: { restrictionType: 'none', quantity: 0 } },
    webACLId: '',
    httpVersion: 'http2',
    isIPV6Enabled: true,
    ...config,
  };
  return buildConfigurationItem(
    'AWS::CloudFront::Distribution',
    { id, arn, domainName: `${id.toLowerCase()}.cloudfront.net`, activeTrustedSigners: { enabled: false, quantity: 0 }, distributionConfig },
    { resourceId: id, ARN: arn, awsRegion: 'global' },
  );
}

export function behavior(targetOriginId: string, viewerProtocolPolicy: string, pathPattern?: string): Record<string, unknown> {
  return {
    ...(pathPattern === undefined ? {} : { pathPattern }),
    targetOriginId,
    viewerProtocolPolicy,
    trustedSigners: { enabled: false, quantity: 0 },
    allowedMethods: { quantity: 2, items: ['HEAD', 'GET'], cachedMethods: { quantity: 2, items: ['HEAD', 'GET'] } },
    smoothStreaming: false,
    compress: false,
    lambdaFunctionAssociations: { quantity: 0 },
    fieldLevelEncryptionId: '',
    cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
  };
}

export function customOrigin(id: string, originProtocolPolicy: string, protocols: readonly string[] = ['TLSv1.2']): Record<string, unknown> {
  return {
    id,
    domainName: `${id}.example.com`,
    originPath: '',
    customHeaders: { quantity: 0 },
    customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy, originSslProtocols: { quantity: protocols.length, items: protocols }, originReadTimeout: 30, originKeepaliveTimeout: 5 },
    connectionAttempts: 3,
    connectionTimeout: 10,
    originAccessControlId: '',
  };
}

export function s3Origin(id: string, access: { oai?: string; oac?: string } = {}): Record<string, unknown> {
  return {
    id,
    domainName: `${id}.s3.us-east-1.amazonaws.com`,
    originPath: '',
    customHeaders: { quantity: 0 },
    s3OriginConfig: { originAccessIdentity: access.oai ?? '' },
    connectionAttempts: 3,
    connectionTimeout: 10,
    originAccessControlId: access.oac ?? '',
  };
}

export const list = (items: readonly unknown[]) => ({ quantity: items.length, items });
