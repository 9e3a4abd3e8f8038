/**
 * A distribution as the rules' documented examples declare it: an S3 origin behind an origin access
 * control and a custom origin, open for the settings each example changes.
 */
export function distribution(settings: { viewer?: string; originPolicy?: string; sslProtocols?: string; extra?: string } = {}): string {
  return `Resources:
  Site:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: assets
          ViewerProtocolPolicy: ${settings.viewer ?? 'redirect-to-https'}
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
        CacheBehaviors:
          - PathPattern: api/*
            TargetOriginId: api
            ViewerProtocolPolicy: https-only
            CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad
        Origins:
          - Id: assets
            DomainName: assets.s3.us-east-1.amazonaws.com
            OriginAccessControlId: E2QWRUHEXAMPLE
            S3OriginConfig:
              OriginAccessIdentity: ''
          - Id: api
            DomainName: api.example.com
            CustomOriginConfig:
              OriginProtocolPolicy: ${settings.originPolicy ?? 'https-only'}
              OriginSSLProtocols: [${settings.sslProtocols ?? 'TLSv1.2'}]
${settings.extra ?? ''}`;
}
