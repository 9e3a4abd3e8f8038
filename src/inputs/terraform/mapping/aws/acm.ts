import { unknown } from '../../../../model/unknown.js';
import { compact } from '../context.js';
import { type ServiceMappings } from './shared.js';

/** ACM: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_acm_certificate: {
      cloudFormationType: 'AWS::CertificateManager::Certificate',
      properties: (context) => {
        // key_algorithm is computed: unset, a requested certificate gets ACM's default (CloudFormation's
        // unset KeyAlgorithm); an imported one's key is that of its material.
        const configured = context.getConfigured('key_algorithm');
        const imported = context.get('certificate_body') !== undefined;
        return compact({
          DomainName: context.get('domain_name'),
          SubjectAlternativeNames: context.get('subject_alternative_names'),
          ValidationMethod: context.get('validation_method'),
          CertificateAuthorityArn: context.link('certificate_authority_arn'),
          KeyAlgorithm: configured ?? (imported ? (context.get('key_algorithm') ?? unknown('the key of imported certificate material')) : undefined),
        });
      },
    },
  },
};
