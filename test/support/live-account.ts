/**
 * A fake AWS account on top of the fake AWS server: its organization, and regions holding VPCs, VPC
 * endpoints, flow logs, security groups, buckets, queues, ACM certificates and Cloud Control
 * resources, answered through the real wire protocols (EC2 query/XML, S3 restXml, SQS and Cloud
 * Control awsJson1_0, ACM and Organizations awsJson1_1, STS query/XML), paginated
 * `pageSize` at a time. Tests change the account or add failures between scans.
 */
import { escapeXml, listParam, type FakeAws, type FakeAwsHandler, type FakeAwsRequest, type FakeAwsResponse, type XmlValue } from './fake-aws.js';

export interface FakeVpc {
  id: string;
  cidr?: string;
  ipv6?: { associationId: string; block: string; pool?: string }[];
}
export interface FakeFlowLog {
  id: string;
  resourceId: string;
  trafficType?: string;
  destination?: string;
}
export interface FakeVpcEndpoint {
  id: string;
  vpcId: string;
  serviceName: string;
  /** Interface (default) or Gateway. */
  type?: string;
  /** DescribeVpcEndpoints' state, `available` unless given. */
  state?: string;
}
export interface FakePermission {
  protocol: string;
  from?: number;
  to?: number;
  cidr?: string;
  cidrV6?: string;
}
export interface FakeSecurityGroup {
  id: string;
  name: string;
  vpcId?: string;
  ingress?: FakePermission[];
}
export interface FakeBucket {
  name: string;
  /** SSE algorithm; `aws:kms` with `kmsKeyId`. Absent: GetBucketEncryption answers not found. */
  sse?: string;
  kmsKeyId?: string;
  publicAccessBlock?: { BlockPublicAcls: boolean; IgnorePublicAcls: boolean; BlockPublicPolicy: boolean; RestrictPublicBuckets: boolean };
  policy?: unknown;
  /** Server access logging (GetBucketLogging's LoggingEnabled); absent: logging is off. */
  logging?: { TargetBucket: string; TargetPrefix?: string };
}
export interface FakeQueue {
  name: string;
  attributes?: Record<string, string>;
  policy?: unknown;
}
export interface FakeCertificate {
  /** The id at the end of the ARN. */
  id: string;
  domain?: string;
  /** ListCertificates' spelling (`RSA_2048`, `EC_prime256v1`); DescribeCertificate answers `RSA-2048`. Absent: neither names one. */
  keyAlgorithm?: string;
  status?: string;
  type?: string;
  /** ISO-8601; absent: DescribeCertificate has no NotAfter. */
  notAfter?: string;
  /** `AWS_MANAGED` unless given; ListCertificates lists `ACME` ones only when asked. */
  keyPairOrigin?: string;
  /** `N2_AMAZON_MANAGED` or `N2_SFG2_AMAZON_MANAGED`: ListCertificates lists it only when asked for its root, and then only those. */
  rootHierarchy?: string;
}
export interface FakeRegion {
  vpcs?: FakeVpc[];
  flowLogs?: FakeFlowLog[];
  vpcEndpoints?: FakeVpcEndpoint[];
  securityGroups?: FakeSecurityGroup[];
  buckets?: FakeBucket[];
  queues?: FakeQueue[];
  certificates?: FakeCertificate[];
  /** Cloud Control resources by type: identifier and properties. */
  cloudControl?: Record<string, { identifier: string; properties: Record<string, unknown> }[]>;
}

/** The account's organization in AWS Organizations, as DescribeOrganization answers it. */
export interface FakeOrganization {
  id: string;
  masterAccountId: string;
  featureSet?: 'ALL' | 'CONSOLIDATED_BILLING';
}

export interface FakeAccountOptions {
  accountId?: string;
  /** The organization the account belongs to; absent: none (AWSOrganizationsNotInUseException). */
  organization?: FakeOrganization;
  regions: Record<string, FakeRegion>;
  pageSize?: number;
  /**
   * Answers that replace the account's for `region` + `service:operation` (e.g. an access denied
   * in one region), tried before it; return undefined to let the account answer.
   */
  override?: (region: string, request: FakeAwsRequest) => FakeAwsResponse | undefined;
}

/** The region a request was signed for (SigV4 credential scope). */
export function regionOf(request: FakeAwsRequest): string {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(request.headers.authorization ?? ''))?.[1] ?? 'unknown';
}

function page<T>(items: readonly T[], token: string | undefined, size: number): { items: T[]; next?: string } {
  const start = token ? Number(token.replace('page-', '')) : 0;
  const slice = items.slice(start, start + size);
  return start + size < items.length ? { items: slice, next: `page-${start + size}` } : { items: slice };
}

export function installFakeAccount(fake: FakeAws, options: FakeAccountOptions): void {
  const accountId = options.accountId ?? '111122223333';
  const size = options.pageSize ?? 2;
  const region = (request: FakeAwsRequest): FakeRegion => options.regions[regionOf(request)] ?? {};
  const guarded = (service: string, operation: string, answer: (request: FakeAwsRequest, where: FakeRegion) => FakeAwsResponse): void => {
    fake.on(service, operation, (request) => options.override?.(regionOf(request), request) ?? answer(request, region(request)));
  };

  guarded('sts', 'GetCallerIdentity', () => ({ result: { Account: accountId, Arn: `arn:aws:iam::${accountId}:user/scanner`, UserId: 'AIDAFAKE' } }));

  // Organizations speaks awsJson1_1 and is global: every region's client reaches the same answer.
  guarded('organizations', 'DescribeOrganization', () => {
    const organization = options.organization;
    if (!organization) return { error: { code: 'AWSOrganizationsNotInUseException', message: 'Your account is not a member of an organization.' } };
    const master = organization.masterAccountId;
    return {
      json: {
        Organization: {
          Id: organization.id,
          Arn: `arn:aws:organizations::${master}:organization/${organization.id}`,
          FeatureSet: organization.featureSet ?? 'ALL',
          MasterAccountArn: `arn:aws:organizations::${master}:account/${organization.id}/${master}`,
          MasterAccountId: master,
          MasterAccountEmail: 'management@example.com',
        },
      },
    };
  });

  guarded('ec2', 'DescribeVpcs', (request, where) => {
    const ids = listParam(request.params, 'VpcId');
    const vpcs = (where.vpcs ?? []).filter((vpc) => ids.length === 0 || ids.includes(vpc.id));
    if (ids.length > 0 && vpcs.length === 0) return { error: { code: 'InvalidVpcID.NotFound', message: `The vpc ID '${ids[0]}' does not exist` } };
    const { items, next } = page(vpcs, request.params.NextToken, size);
    const vpcSet = items.map((vpc) => ({
      vpcId: vpc.id,
      ownerId: accountId,
      cidrBlock: vpc.cidr ?? '10.0.0.0/16',
      instanceTenancy: 'default',
      ipv6CidrBlockAssociationSet: vpc.ipv6 ? { item: vpc.ipv6.map((block) => ({ associationId: block.associationId, ipv6CidrBlock: block.block, ipv6Pool: block.pool ?? 'Amazon', ipv6CidrBlockState: { state: 'associated' } })) } : undefined,
    }));
    return { result: { vpcSet: { item: vpcSet }, nextToken: next } };
  });

  guarded('ec2', 'DescribeFlowLogs', (request, where) => {
    const ids = listParam(request.params, 'FlowLogId');
    const resourceFilter = request.params['Filter.1.Name'] === 'resource-id' ? listParam(request.params, 'Filter.1.Value') : [];
    const flowLogs = (where.flowLogs ?? []).filter((flowLog) => (ids.length === 0 || ids.includes(flowLog.id)) && (resourceFilter.length === 0 || resourceFilter.includes(flowLog.resourceId)));
    const { items, next } = page(flowLogs, request.params.NextToken, size);
    const flowLogSet = items.map((flowLog) => ({
      flowLogId: flowLog.id,
      resourceId: flowLog.resourceId,
      trafficType: flowLog.trafficType ?? 'ALL',
      logDestinationType: 's3',
      logDestination: flowLog.destination ?? 'arn:aws:s3:::central-flow-logs',
      flowLogStatus: 'ACTIVE',
    }));
    return { result: { flowLogSet: { item: flowLogSet }, nextToken: next } };
  });

  guarded('ec2', 'DescribeVpcEndpoints', (request, where) => {
    const ids = listParam(request.params, 'VpcEndpointId');
    const vpcFilter = request.params['Filter.1.Name'] === 'vpc-id' ? listParam(request.params, 'Filter.1.Value') : [];
    const endpoints = (where.vpcEndpoints ?? []).filter((endpoint) => (ids.length === 0 || ids.includes(endpoint.id)) && (vpcFilter.length === 0 || vpcFilter.includes(endpoint.vpcId)));
    if (ids.length > 0 && endpoints.length === 0) return { error: { code: 'InvalidVpcEndpointId.NotFound', message: `The Vpc Endpoint Id '${ids[0]}' does not exist` } };
    const { items, next } = page(endpoints, request.params.NextToken, size);
    const vpcEndpointSet = items.map((endpoint) => {
      const gateway = endpoint.type === 'Gateway';
      return {
        vpcEndpointId: endpoint.id,
        vpcEndpointType: endpoint.type ?? 'Interface',
        vpcId: endpoint.vpcId,
        serviceName: endpoint.serviceName,
        state: endpoint.state ?? 'available',
        routeTableIdSet: gateway ? { item: ['rtb-0fake'] } : undefined,
        subnetIdSet: gateway ? undefined : { item: ['subnet-0fake'] },
        groupSet: gateway ? undefined : { item: [{ groupId: 'sg-0fake', groupName: 'endpoints' }] },
        privateDnsEnabled: !gateway,
        requesterManaged: false,
        ownerId: accountId,
        creationTimestamp: '2026-03-01T10:00:00.000Z',
      };
    });
    return { result: { vpcEndpointSet: { item: vpcEndpointSet }, nextToken: next } };
  });

  guarded('ec2', 'DescribeSecurityGroups', (request, where) => {
    const ids = listParam(request.params, 'GroupId');
    const groups = (where.securityGroups ?? []).filter((group) => ids.length === 0 || ids.includes(group.id));
    if (ids.length > 0 && groups.length === 0) return { error: { code: 'InvalidGroup.NotFound', message: `The security group '${ids[0]}' does not exist` } };
    const { items, next } = page(groups, request.params.NextToken, size);
    const securityGroupInfo = items.map((group) => ({
      groupId: group.id,
      groupName: group.name,
      groupDescription: `${group.name} group`,
      ownerId: accountId,
      vpcId: group.vpcId,
      ipPermissions: {
        item: (group.ingress ?? []).map((permission) => ({
          ipProtocol: permission.protocol,
          fromPort: permission.from,
          toPort: permission.to,
          ipRanges: permission.cidr ? { item: [{ cidrIp: permission.cidr }] } : undefined,
          ipv6Ranges: permission.cidrV6 ? { item: [{ cidrIpv6: permission.cidrV6 }] } : undefined,
        })),
      },
      ipPermissionsEgress: { item: [{ ipProtocol: '-1', ipRanges: { item: [{ cidrIp: '0.0.0.0/0' }] } }] },
    }));
    return { result: { securityGroupInfo: { item: securityGroupInfo }, nextToken: next } };
  });

  // SQS speaks awsJson1_0.
  guarded('sqs', 'ListQueues', (request, where) => {
    const body = request.body as { NextToken?: string };
    const urls = (where.queues ?? []).map((queue) => queueUrl(regionOf(request), accountId, queue.name));
    const { items, next } = page(urls, body.NextToken, size);
    return { json: { QueueUrls: items, ...(next ? { NextToken: next } : {}) } };
  });
  guarded('sqs', 'GetQueueAttributes', (request, where) => {
    const url = (request.body as { QueueUrl: string }).QueueUrl;
    const queue = (where.queues ?? []).find((candidate) => queueUrl(regionOf(request), accountId, candidate.name) === url);
    if (!queue) return { error: { code: 'AWS.SimpleQueueService.NonExistentQueue', message: 'The specified queue does not exist.' } };
    const attributes: Record<string, string> = { QueueArn: `arn:aws:sqs:${regionOf(request)}:${accountId}:${queue.name}`, VisibilityTimeout: '30', ...queue.attributes };
    if (queue.policy !== undefined) attributes.Policy = JSON.stringify(queue.policy);
    return { json: { Attributes: attributes } };
  });

  // ACM speaks awsJson1_1; timestamps are epoch seconds. Unfiltered, ListCertificates lists what the
  // service lists unfiltered: RSA_1024 and RSA_2048 keys with a domain, no ACME key pairs, and no
  // certificates under Amazon's N2 roots (asked for those, it lists only those).
  const certificateArn = (request: FakeAwsRequest, id: string) => `arn:aws:acm:${regionOf(request)}:${accountId}:certificate/${id}`;
  guarded('acm', 'ListCertificates', (request, where) => {
    const body = request.body as { Includes?: { keyTypes?: string[] }; CertificateKeyPairOrigins?: string[]; RootHierarchyTypes?: string[]; NextToken?: string };
    const keyTypes = body.Includes?.keyTypes ?? ['RSA_1024', 'RSA_2048'];
    const origins = body.CertificateKeyPairOrigins ?? ['AWS_MANAGED', 'CUSTOMER_PROVIDED'];
    const listed = (where.certificates ?? []).filter(
      (certificate) =>
        keyTypes.includes(certificate.keyAlgorithm ?? 'RSA_2048') &&
        origins.includes(certificate.keyPairOrigin ?? 'AWS_MANAGED') &&
        (body.RootHierarchyTypes === undefined ? certificate.rootHierarchy === undefined : body.RootHierarchyTypes.includes(certificate.rootHierarchy ?? '')) &&
        (body.Includes?.keyTypes !== undefined || certificate.domain !== undefined),
    );
    const { items, next } = page(listed, body.NextToken, size);
    const summaries = items.map((certificate) => ({ CertificateArn: certificateArn(request, certificate.id), DomainName: certificate.domain, KeyAlgorithm: certificate.keyAlgorithm, Status: certificate.status ?? 'ISSUED' }));
    return { json: { CertificateSummaryList: summaries, ...(next ? { NextToken: next } : {}) } };
  });
  guarded('acm', 'DescribeCertificate', (request, where) => {
    const arn = (request.body as { CertificateArn: string }).CertificateArn;
    const certificate = (where.certificates ?? []).find((candidate) => certificateArn(request, candidate.id) === arn);
    if (!certificate) return { error: { code: 'ResourceNotFoundException', message: `Could not find certificate ${arn}.` } };
    const detail = {
      CertificateArn: arn,
      DomainName: certificate.domain,
      SubjectAlternativeNames: certificate.domain ? [certificate.domain] : undefined,
      Status: certificate.status ?? 'ISSUED',
      Type: certificate.type ?? 'AMAZON_ISSUED',
      KeyAlgorithm: certificate.keyAlgorithm?.replace('_', '-'),
      NotAfter: certificate.notAfter ? Date.parse(certificate.notAfter) / 1000 : undefined,
      InUseBy: [],
    };
    return { json: { Certificate: detail } };
  });

  // Cloud Control speaks awsJson1_0; GetResource's Properties is a JSON string.
  guarded('cloudcontrolapi', 'ListResources', (request, where) => {
    const body = request.body as { TypeName: string; NextToken?: string };
    const resources = where.cloudControl?.[body.TypeName] ?? [];
    const { items, next } = page(resources, body.NextToken, size);
    return { json: { TypeName: body.TypeName, ResourceDescriptions: items.map((item) => ({ Identifier: item.identifier, Properties: JSON.stringify(item.properties) })), ...(next ? { NextToken: next } : {}) } };
  });
  guarded('cloudcontrolapi', 'GetResource', (request, where) => {
    const body = request.body as { TypeName: string; Identifier: string };
    const found = (where.cloudControl?.[body.TypeName] ?? []).find((item) => item.identifier === body.Identifier);
    if (!found) return { error: { code: 'ResourceNotFoundException', message: `Resource of type '${body.TypeName}' with identifier '${body.Identifier}' was not found.` } };
    return { json: { TypeName: body.TypeName, ResourceDescription: { Identifier: found.identifier, Properties: JSON.stringify(found.properties) } } };
  });

  // S3 speaks restXml; with a custom endpoint the client uses path-style URLs (/bucket?encryption).
  // Routes can not be replaced, so one route per server answers for the latest account.
  const first = !s3Answers.has(fake);
  s3Answers.set(fake, (request) => {
      const overridden = options.override?.(regionOf(request), request);
      if (overridden) return s3Error(overridden);
      const url = new URL(request.path, 'http://fake');
      const where = region(request);
      const bucketName = decodeURIComponent(url.pathname.slice(1)).replace(/\/$/, '');
      if (bucketName === '') {
        const wanted = url.searchParams.get('bucket-region');
        const all = Object.entries(options.regions).flatMap(([name, contents]) => (contents.buckets ?? []).map((bucket) => ({ bucket, region: name })));
        const { items, next } = page(all.filter((entry) => !wanted || entry.region === wanted), url.searchParams.get('continuation-token') ?? undefined, size);
        const buckets = items.map(({ bucket, region: name }) => `<Bucket><Name>${escapeXml(bucket.name)}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${name}</BucketRegion></Bucket>`).join('');
        return xml(`<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>owner</ID></Owner><Buckets>${buckets}</Buckets>${next ? `<ContinuationToken>${next}</ContinuationToken>` : ''}</ListAllMyBucketsResult>`);
      }
      const bucket = (where.buckets ?? []).find((candidate) => candidate.name === bucketName);
      if (!bucket) return s3Error({ error: { code: 'NoSuchBucket', message: 'The specified bucket does not exist', status: 404 } });
      if (url.searchParams.has('encryption')) {
        if (!bucket.sse) return s3Error({ error: { code: 'ServerSideEncryptionConfigurationNotFoundError', message: 'The server side encryption configuration was not found', status: 404 } });
        const key = bucket.kmsKeyId ? `<KMSMasterKeyID>${escapeXml(bucket.kmsKeyId)}</KMSMasterKeyID>` : '';
        return xml(`<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>${bucket.sse}</SSEAlgorithm>${key}</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`);
      }
      if (url.searchParams.has('publicAccessBlock')) {
        if (!bucket.publicAccessBlock) return s3Error({ error: { code: 'NoSuchPublicAccessBlockConfiguration', message: 'The public access block configuration was not found', status: 404 } });
        const settings = Object.entries(bucket.publicAccessBlock).map(([name, value]) => `<${name}>${String(value)}</${name}>`).join('');
        return xml(`<PublicAccessBlockConfiguration>${settings}</PublicAccessBlockConfiguration>`);
      }
      if (url.searchParams.has('logging')) {
        const enabled = bucket.logging ? `<LoggingEnabled><TargetBucket>${escapeXml(bucket.logging.TargetBucket)}</TargetBucket><TargetPrefix>${escapeXml(bucket.logging.TargetPrefix ?? '')}</TargetPrefix></LoggingEnabled>` : '';
        return xml(`<BucketLoggingStatus xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${enabled}</BucketLoggingStatus>`);
      }
      if (url.searchParams.has('policy')) {
        if (bucket.policy === undefined) return s3Error({ error: { code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', status: 404 } });
        return { raw: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(bucket.policy) } };
      }
      return s3Error({ error: { code: 'NotImplemented', message: `the fake account does not answer ${request.operation}`, status: 501 } });
  });
  if (first) fake.route((request) => request.service === 's3', (request) => (s3Answers.get(fake) as FakeAwsHandler)(request));
}

const s3Answers = new WeakMap<FakeAws, FakeAwsHandler>();

export function queueUrl(region: string, accountId: string, name: string): string {
  return `https://sqs.${region}.amazonaws.com/${accountId}/${name}`;
}

function xml(body: string): FakeAwsResponse {
  return { raw: { status: 200, headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` } };
}

/** S3's restXml error body: `<Error><Code/><Message/>…`. */
function s3Error(answer: FakeAwsResponse): FakeAwsResponse {
  if (answer.raw || !answer.error) return answer;
  const { code, message = code, status = 403 } = answer.error;
  return { raw: { status, headers: { 'content-type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>fake</RequestId></Error>` } };
}

export type { XmlValue };
