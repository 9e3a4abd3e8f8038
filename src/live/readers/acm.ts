import { CertificateKeyPairOrigin, DescribeCertificateCommand, KeyAlgorithm, ListCertificatesCommand, RootHierarchyType, type ListCertificatesRequest } from '@aws-sdk/client-acm';
import { certificateObserved, certificateProperties, type CertificateDetail } from '../../inputs/config/mapping/acm.js';
import { unknown } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import { describeFailure, isNotFound } from '../errors.js';
import { allPages, toValue, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

const TYPE = 'AWS::CertificateManager::Certificate';

/** ListCertificates' largest page. */
const PAGE_SIZE = 1000;

/**
 * Unfiltered, ListCertificates lists only RSA_1024 and RSA_2048 keys and leaves out certificates
 * whose key pair came through ACME: the scan asks for every key type and origin the SDK knows,
 * so elliptic-curve and RSA_3072/4096 certificates are judged too.
 */
const EVERY_KEY_TYPE = Object.values(KeyAlgorithm);
const EVERY_KEY_PAIR_ORIGIN = Object.values(CertificateKeyPairOrigin);

/**
 * Certificates under Amazon's N2 roots are listed only when asked for, and then alone: a second
 * listing reads them.
 */
const N2_ROOTS = Object.values(RootHierarchyType);

/** DescribeCertificate's answer read by Config's camelCase names (`keyAlgorithm` is the SDK's `KeyAlgorithm`). */
class DescribedCertificate implements CertificateDetail {
  constructor(
    private readonly arn: string,
    private readonly detail: ValueObject,
  ) {}

  recorded(key: string): Value {
    return this.optional(key) ?? unknown(`DescribeCertificate returned no ${sdkName(key)} for ${this.arn}`);
  }

  optional(key: string): Value | undefined {
    const value = this.detail[sdkName(key)];
    return value === null ? undefined : value;
  }
}

const sdkName = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/** One certificate by ARN, in the shape its Config item gives; none when it no longer exists. */
async function describeCertificate(context: ReadContext, arn: string): Promise<LiveResource[]> {
  let answer: unknown;
  try {
    answer = (await context.limit(() => context.clients.acm.send(new DescribeCertificateCommand({ CertificateArn: arn })))).Certificate;
  } catch (error) {
    if (isNotFound(error)) return []; // deleted between listing and reading
    throw error;
  }
  const detail = toValue(answer);
  if (!isObject(detail)) return [{ type: TYPE, id: arn, arn, properties: {}, unresolved: 'DescribeCertificate returned no certificate' }];
  const fields = new DescribedCertificate(arn, detail);
  return [{ type: TYPE, id: arn, arn, properties: certificateProperties(fields), observed: certificateObserved(fields) }];
}

/**
 * A listed certificate. One that can not be described is kept, unresolved (its rules say
 * INSUFFICIENT_DATA), with a warning: the other certificates of the region are still judged.
 */
async function readListedCertificate(context: ReadContext, arn: string): Promise<LiveResource[]> {
  try {
    return await describeCertificate(context, arn);
  } catch (error) {
    const failure = describeFailure(error);
    const why = `DescribeCertificate ${failure.reason} (${failure.code})`;
    context.report({ level: 'warning', message: `region ${context.region}, certificate ${arn}: ${why}` });
    return [{ type: TYPE, id: arn, arn, properties: {}, unresolved: why }];
  }
}

/** The ARNs of one listing of every key type and origin, page by page. */
async function listArns(context: ReadContext, filter: Pick<ListCertificatesRequest, 'RootHierarchyTypes'>): Promise<string[]> {
  const summaries = await allPages(async (token) => {
    const page = await context.limit(() =>
      context.clients.acm.send(
        new ListCertificatesCommand({ ...filter, Includes: { keyTypes: EVERY_KEY_TYPE }, CertificateKeyPairOrigins: EVERY_KEY_PAIR_ORIGIN, MaxItems: PAGE_SIZE, NextToken: token }),
      ),
    );
    return { items: page.CertificateSummaryList, next: page.NextToken };
  });
  return summaries.map((summary) => summary.CertificateArn).filter((arn): arn is string => Boolean(arn));
}

/**
 * The N2 certificates' ARNs. A region that can not list them still has its other certificates
 * judged; the warning says which ones were not read.
 */
async function listN2Arns(context: ReadContext): Promise<string[]> {
  try {
    return await listArns(context, { RootHierarchyTypes: N2_ROOTS });
  } catch (error) {
    const failure = describeFailure(error);
    context.report({ level: 'warning', message: `region ${context.region}: certificates under Amazon N2 roots were not listed: ListCertificates ${failure.reason} (${failure.code})` });
    return [];
  }
}

/** ACM certificates: ListCertificates for the ARNs, DescribeCertificate for what the rules read (key algorithm, expiry, status). */
export const certificateReader: TypeReader = {
  type: TYPE,
  async list(context) {
    const [usual, n2] = await Promise.all([listArns(context, {}), listN2Arns(context)]);
    const arns = [...new Set([...usual, ...n2])];
    return (await Promise.all(arns.map((arn) => readListedCertificate(context, arn)))).flat();
  },
  get: describeCertificate,
};
