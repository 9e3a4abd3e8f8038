import type { Properties, Value } from '../../../model/value.js';
import { compact } from '../../terraform/mapping/context.js';
import type { ItemMapping } from './shared.js';

/**
 * What the certificate mapping reads of DescribeCertificate's CertificateDetail, by Config's
 * camelCase names: `recorded` gives an Unknown for a field that is missing, `optional` undefined.
 * A Config item (`ItemContext`) is one; the live scan's ACM reader gives another over the SDK's answer.
 */
export interface CertificateDetail {
  recorded(key: string): Value;
  optional(key: string): Value | undefined;
}

/** A certificate's CloudFormation properties. */
export function certificateProperties(detail: CertificateDetail): Properties {
  return compact({
    DomainName: detail.optional('domainName'),
    SubjectAlternativeNames: detail.optional('subjectAlternativeNames'),
    CertificateAuthorityArn: detail.optional('certificateAuthorityArn'),
    // DescribeCertificate spells it RSA-2048, EC-prime256v1; CloudFormation's spelling is RSA_2048.
    KeyAlgorithm: detail.recorded('keyAlgorithm'),
  });
}

/** What CloudFormation has no property for: how the certificate came to ACM, its state, and until when it is valid. */
export function certificateObserved(detail: CertificateDetail): Properties {
  return compact({ Type: detail.optional('type'), Status: detail.optional('status'), NotAfter: detail.optional('notAfter') });
}

/** ACM: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // Config's AWS::ACM::Certificate is CloudFormation's AWS::CertificateManager::Certificate.
  'AWS::ACM::Certificate': {
    cloudFormationType: 'AWS::CertificateManager::Certificate',
    properties: certificateProperties,
    observed: certificateObserved,
  },
};
