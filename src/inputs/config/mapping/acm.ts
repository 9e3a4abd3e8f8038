import { compact } from '../../terraform/mapping/context.js';
import type { ItemMapping } from './shared.js';

/** ACM: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // Config's AWS::ACM::Certificate is CloudFormation's AWS::CertificateManager::Certificate.
  'AWS::ACM::Certificate': {
    cloudFormationType: 'AWS::CertificateManager::Certificate',
    properties: (context) =>
      compact({
        DomainName: context.optional('domainName'),
        SubjectAlternativeNames: context.optional('subjectAlternativeNames'),
        CertificateAuthorityArn: context.optional('certificateAuthorityArn'),
        // Config records DescribeCertificate's spelling (RSA-2048, EC-prime256v1); CloudFormation's is RSA_2048.
        KeyAlgorithm: context.recorded('keyAlgorithm'),
      }),
    // What CloudFormation has no property for: how the certificate came to ACM, and until when it is valid.
    observed: (context) => compact({ Type: context.optional('type'), Status: context.optional('status'), NotAfter: context.optional('notAfter') }),
  },
};
