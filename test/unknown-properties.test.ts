import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { PropertyPath } from '../src/model/resource.js';
import type { Value, ValueObject } from '../src/model/value.js';
import { builtinRules } from '../src/rules/index.js';
import type { AnyRule } from '../src/rules/types.js';
import { assertIndependentOf, assertUnknownNeverDecides, leafPaths, verdictOf, type JudgedTemplate } from './support/unknown-properties.js';

function rule(id: string): AnyRule {
  const found = builtinRules.find((candidate) => candidate.meta.id === id);
  assert.ok(found, id);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Security groups: a group with inline rules, separate ingress resources on it and on a group the
// template does not declare, and an instance using both.
// ---------------------------------------------------------------------------------------------

const EXTERNAL_GROUP = 'sg-0123456789abcdef0';

const ingressEntry = fc
  .record({
    IpProtocol: fc.constantFrom('tcp', 'udp', '-1', '6', '17', 'icmp'),
    FromPort: fc.constantFrom(0, 20, 22, 80, 443, 1024, 3306, 3389, -1),
    span: fc.constantFrom(0, 0, 10, 65535),
    source: fc.oneof(
      fc.constantFrom('0.0.0.0/0', '10.0.0.0/8', '203.0.113.0/24').map((cidr): ValueObject => ({ CidrIp: cidr })),
      fc.constantFrom('::/0', '2001:db8::/32').map((cidr): ValueObject => ({ CidrIpv6: cidr })),
      fc.constant<ValueObject>({ SourceSecurityGroupId: 'sg-0fedcba9876543210' }),
    ),
    Description: fc.string({ maxLength: 8 }),
  })
  .map(({ span, source, FromPort, ...entry }): ValueObject => ({ ...entry, FromPort, ToPort: FromPort === -1 ? -1 : Math.min(65535, FromPort + span), ...source }));

interface GroupShape {
  description: string;
  inline: ValueObject[];
  separate: ValueObject[];
  external: ValueObject[];
}

const groupShapes = fc.record({
  description: fc.string({ maxLength: 12 }),
  inline: fc.array(ingressEntry, { maxLength: 3 }),
  separate: fc.array(ingressEntry, { maxLength: 2 }),
  external: fc.array(ingressEntry, { minLength: 1, maxLength: 2 }),
});

function groupTemplate(shape: GroupShape): ValueObject {
  const resources: ValueObject = {
    Group: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: shape.description || 'group', VpcId: 'vpc-0abc', Tags: [{ Key: 'team', Value: 'web' }], SecurityGroupIngress: shape.inline },
    },
    Server: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-0abcdef1234567890', SecurityGroupIds: [{ Ref: 'Group' }, EXTERNAL_GROUP] } },
  };
  shape.separate.forEach((entry, index) => (resources[`Separate${index}`] = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Group' }, ...entry } }));
  shape.external.forEach((entry, index) => (resources[`External${index}`] = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: EXTERNAL_GROUP, ...entry } }));
  return { Resources: resources };
}

/** A template judged at the declared group, at the partial group its external rules make, or at the instance. */
const judgedGroups = (subjects: readonly string[]): fc.Arbitrary<JudgedTemplate> =>
  fc.tuple(groupShapes, fc.constantFrom(...subjects)).map(([shape, resourceId]) => ({ template: groupTemplate(shape), resourceId }));

/** What no port rule looks at: descriptions, tags, the VPC, the AMI. */
function descriptivePaths(judged: JudgedTemplate): PropertyPath[] {
  const resources = judged.template.Resources as ValueObject;
  const paths: PropertyPath[] = [
    ['Resources', 'Group', 'Properties', 'GroupDescription'],
    ['Resources', 'Group', 'Properties', 'VpcId'],
    ['Resources', 'Group', 'Properties', 'Tags', 0, 'Value'],
    ['Resources', 'Server', 'Properties', 'ImageId'],
  ];
  for (const id of Object.keys(resources)) if (id.startsWith('Separate') || id.startsWith('External')) paths.push(['Resources', id, 'Properties', 'Description']);
  const inline = ((resources.Group as ValueObject).Properties as ValueObject).SecurityGroupIngress as Value[];
  inline.forEach((_, index) => paths.push(['Resources', 'Group', 'Properties', 'SecurityGroupIngress', index, 'Description']));
  return paths;
}

/** Every value of every ingress permission (not the reference to the group). */
function permissionPaths(judged: JudgedTemplate): PropertyPath[] {
  const resources = judged.template.Resources as ValueObject;
  const paths = leafPaths(judged.template, ['Resources', 'Group', 'Properties', 'SecurityGroupIngress']);
  for (const id of Object.keys(resources)) {
    if (!id.startsWith('Separate') && !id.startsWith('External')) continue;
    paths.push(...leafPaths(judged.template, ['Resources', id, 'Properties']).filter((path) => path[3] !== 'GroupId'));
  }
  return paths;
}

const GROUP_RULES = ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC', 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'];

describe('unknown values a port rule does not look at', () => {
  for (const id of GROUP_RULES) {
    it(`${id}: a description, tags or the VPC made unknown leave the verdict as it was`, () => {
      assertIndependentOf({ rule: rule(id), cases: judgedGroups(['Group', `External0#GroupId`]), paths: descriptivePaths });
    });
    it(`${id}: any value of a permission made unknown keeps the verdict or makes it INSUFFICIENT_DATA`, () => {
      assertUnknownNeverDecides({ rule: rule(id), cases: judgedGroups(['Group', `External0#GroupId`]), paths: permissionPaths });
    });
  }
  it('EC2_INSTANCE_NO_EXPOSED_PORTS: descriptions, tags, the VPC and the AMI made unknown leave the verdict as it was', () => {
    assertIndependentOf({ rule: rule('EC2_INSTANCE_NO_EXPOSED_PORTS'), cases: judgedGroups(['Server']), paths: descriptivePaths });
  });
  it('EC2_INSTANCE_NO_EXPOSED_PORTS: any value of a permission made unknown keeps the verdict or makes it INSUFFICIENT_DATA', () => {
    assertUnknownNeverDecides({ rule: rule('EC2_INSTANCE_NO_EXPOSED_PORTS'), cases: judgedGroups(['Server']), paths: permissionPaths });
  });
});

// ---------------------------------------------------------------------------------------------
// Policy documents: statements with every Effect, Principal, Action, Resource and Condition a rule
// decides by, in an IAM managed policy, a queue policy and a bucket policy.
// ---------------------------------------------------------------------------------------------

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:orders';
const BUCKET_ARN = 'arn:aws:s3:::example-data';

const conditions = fc.constantFrom<ValueObject | undefined>(
  undefined,
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
  { Bool: { 'aws:SecureTransport': 'false' } },
  { StringEquals: { 'aws:SourceAccount': '123456789012' } },
  { Null: { 's3:x-amz-server-side-encryption': 'true' } },
);

const statementOf = (actions: readonly string[], principals: readonly (Value | undefined)[], resources: readonly Value[]) =>
  fc
    .record({
      Sid: fc.constantFrom('', 'First', 'Second'),
      Effect: fc.constantFrom('Allow', 'Deny'),
      Action: fc.oneof(fc.constantFrom(...actions), fc.subarray([...actions], { minLength: 1 })),
      Resource: fc.constantFrom(...resources),
      Principal: fc.constantFrom(...principals),
      Condition: conditions,
    })
    .map((statement): ValueObject => {
      const result: ValueObject = {};
      for (const [key, value] of Object.entries(statement)) if (value !== undefined && value !== '') result[key] = value as Value;
      return result;
    });

const statementsOf = (statement: fc.Arbitrary<ValueObject>) => fc.array(statement, { minLength: 1, maxLength: 3 });

const identityStatements = statementsOf(statementOf(['*', 's3:GetObject', 'iam:*', 'ec2:RunInstances'], [undefined], ['*', `${BUCKET_ARN}/*`]));
const queueStatements = statementsOf(statementOf(['sqs:*', 'sqs:SendMessage', '*'], ['*', { AWS: '*' }, { AWS: 'arn:aws:iam::123456789012:root' }], [QUEUE_ARN, '*']));
const bucketStatements = statementsOf(statementOf(['s3:PutObject', 's3:*', 's3:GetObject'], ['*', { AWS: '*' }, { AWS: 'arn:aws:iam::123456789012:root' }], [`${BUCKET_ARN}/*`, BUCKET_ARN]));

const managedPolicies = identityStatements.map(
  (statements): JudgedTemplate => ({
    template: { Resources: { Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: statements } } } } },
    resourceId: 'Policy',
  }),
);

const queuePolicies = fc.tuple(queueStatements, fc.boolean()).map(([statements, external]): JudgedTemplate => {
  const queues: Value = external ? ['https://sqs.us-east-1.amazonaws.com/123456789012/orders'] : [{ Ref: 'Queue' }];
  const resources: ValueObject = { Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: queues, PolicyDocument: { Version: '2012-10-17', Statement: statements } } } };
  if (!external) resources.Queue = { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders' } };
  // A queue policy on a queue the template does not declare is judged on its partial queue.
  return { template: { Resources: resources }, resourceId: external ? 'Policy#Queues[0]' : 'Queue' };
});

const bucketPolicies = fc.tuple(bucketStatements, fc.boolean()).map(([statements, external]): JudgedTemplate => {
  const resources: ValueObject = {
    Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: external ? 'example-data' : { Ref: 'Bucket' }, PolicyDocument: { Version: '2012-10-17', Statement: statements } } },
  };
  if (!external) resources.Bucket = { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'example-data' } };
  return { template: { Resources: resources }, resourceId: external ? 'Policy#Bucket' : 'Bucket' };
});

/** The `Resource` of every statement of the document at `Resources.<id>.Properties.PolicyDocument`. */
const statementResources =
  (id: string) =>
  (judged: JudgedTemplate): PropertyPath[] => {
    const statements = (((judged.template.Resources as ValueObject)[id] as ValueObject).Properties as ValueObject).PolicyDocument as ValueObject;
    return (statements.Statement as Value[]).map((_, index) => ['Resources', id, 'Properties', 'PolicyDocument', 'Statement', index, 'Resource']);
  };

const statementLeaves =
  (id: string) =>
  (judged: JudgedTemplate): PropertyPath[] =>
    leafPaths(judged.template, ['Resources', id, 'Properties', 'PolicyDocument', 'Statement']);

/** The queue's ARN made unknown is still the queue's ARN: `Fn::GetAtt Queue.Arn`, or an import for a queue the template does not declare. */
const queueArnUnknown = (_value: Value, _path: PropertyPath, judged: JudgedTemplate): Value =>
  judged.resourceId === 'Queue' ? { 'Fn::GetAtt': ['Queue', 'Arn'] } : { 'Fn::ImportValue': 'orders-queue-arn' };

describe('a statement\'s Resource made unknown, for rules decided by Effect, Principal, Action and Condition', () => {
  it('IAM_POLICY_REQUIRES_MFA: the verdict is as it was', () => {
    assertIndependentOf({ rule: rule('IAM_POLICY_REQUIRES_MFA'), cases: managedPolicies, paths: statementResources('Policy') });
  });
  it('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED: a bucket policy statement\'s Resource made unknown leaves the verdict as it was', () => {
    assertIndependentOf({ rule: rule('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'), cases: bucketPolicies, paths: statementResources('Policy') });
  });
  for (const id of ['SQS_QUEUE_NOT_PUBLIC', 'SQS_QUEUE_SSL_REQUESTS_ONLY']) {
    it(`${id}: the queue's ARN known only at deployment (Fn::GetAtt) is still the queue: the verdict is as it was`, () => {
      const declared = queuePolicies.filter((judged) => judged.resourceId === 'Queue');
      assertIndependentOf({ rule: rule(id), cases: declared, paths: statementResources('Policy'), unknownOf: queueArnUnknown });
    });
  }
});

describe('any value of a policy statement made unknown keeps the verdict or makes it INSUFFICIENT_DATA', () => {
  const laws: [string, fc.Arbitrary<JudgedTemplate>][] = [
    ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS', managedPolicies],
    ['IAM_POLICY_REQUIRES_MFA', managedPolicies],
    ['SQS_QUEUE_NOT_PUBLIC', queuePolicies],
    ['SQS_QUEUE_SSL_REQUESTS_ONLY', queuePolicies],
    ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', bucketPolicies],
  ];
  for (const [id, cases] of laws) {
    it(id, () => assertUnknownNeverDecides({ rule: rule(id), cases, paths: statementLeaves('Policy') }));
  }
});

// ---------------------------------------------------------------------------------------------
// Partial owners: an attachment on an owner the template does not declare is judged as on a
// declared owner with nothing else, except where that other part decides (then INSUFFICIENT_DATA).
// ---------------------------------------------------------------------------------------------

describe('an attachment on an undeclared owner is judged as on a declared one, or INSUFFICIENT_DATA', () => {
  const attachments = fc.array(ingressEntry, { minLength: 1, maxLength: 3 });
  const onGroup = (entries: ValueObject[], groupId: Value): ValueObject => {
    const resources: ValueObject = {};
    entries.forEach((entry, index) => (resources[`Rule${index}`] = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: groupId, ...entry } }));
    return resources;
  };
  for (const id of GROUP_RULES) {
    it(`${id}: a NON_COMPLIANT attachment stays NON_COMPLIANT; a compliant one is INSUFFICIENT_DATA (the group's other rules are not known)`, () => {
      fc.assert(
        fc.property(attachments, fc.constantFrom<Value>(EXTERNAL_GROUP, { Ref: 'GroupIdParameter' }, { 'Fn::ImportValue': 'shared-group' }), (entries, external) => {
          const declared = verdictOf(rule(id), {
            template: { Resources: { Group: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'declared' } }, ...onGroup(entries, { Ref: 'Group' }) } },
            resourceId: 'Group',
          });
          const partial = verdictOf(rule(id), {
            template: { Parameters: { GroupIdParameter: { Type: 'AWS::EC2::SecurityGroup::Id' } }, Resources: onGroup(entries, external) },
            // Attachments naming a literal group share its partial owner; others each have their own.
            resourceId: 'Rule0#GroupId',
          });
          if (declared.status === 'NON_COMPLIANT' && typeof external === 'string') assert.equal(partial.status, 'NON_COMPLIANT');
          else if (declared.status === 'NON_COMPLIANT') assert.ok(['NON_COMPLIANT', 'INSUFFICIENT_DATA'].includes(partial.status));
          else assert.equal(partial.status, 'INSUFFICIENT_DATA', `${declared.status} on a declared group`);
        }),
        { numRuns: 150 },
      );
    });
  }

  const principalRules = ['IAM_USER_NO_POLICIES_CHECK', 'IAM_USER_HAS_POLICY', 'IAM_PRINCIPAL_PERMISSIONS_BOUNDARY', 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS', 'IAM_POLICY_REQUIRES_MFA'];
  for (const id of principalRules) {
    it(`${id}: a user named by a policy, declared or not`, () => {
      fc.assert(
        fc.property(identityStatements, fc.constantFrom('AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'), (statements, type) => {
          const policy = (users: Value): ValueObject => ({ Type: type, Properties: { PolicyName: 'p', Users: users, PolicyDocument: { Version: '2012-10-17', Statement: statements } } });
          const declared = verdictOf(rule(id), { template: { Resources: { Alice: { Type: 'AWS::IAM::User', Properties: { UserName: 'alice' } }, Policy: policy(['alice']) } }, resourceId: 'Alice' });
          const partial = verdictOf(rule(id), { template: { Resources: { Policy: policy(['alice']) } }, resourceId: 'Policy#Users[0]' });
          assert.ok(partial.status === declared.status || partial.status === 'INSUFFICIENT_DATA', `${declared.status} on a declared user, ${partial.status} on a partial one`);
        }),
        { numRuns: 60 },
      );
    });
  }
});
