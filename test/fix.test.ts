import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diffLines } from 'diff';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { evaluateDocument, type ActiveRule } from '../src/engine/run.js';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { parseTemplateText } from '../src/inputs/cloudformation/yaml.js';
import type { ScanProblem } from '../src/model/evaluation.js';
import { getPath, type Value } from '../src/model/value.js';
import { NotFixableError, applyEdits } from '../src/remediate/autofix/apply.js';
import type { TemplateEdit } from '../src/remediate/autofix/edits.js';
import { fixTemplate, type TemplateFixResult } from '../src/remediate/autofix/fix-template.js';
import { builtinFixes } from '../src/remediate/fixes/index.js';
import { builtinRules } from '../src/rules/index.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { loadInput, selectRules } from '../src/scan/index.js';
import { corpusFiles } from './support/corpora.js';

function rules(only: string[] = [], parameters: Record<string, Record<string, unknown>> = {}): ActiveRule[] {
  return selectRules(builtinRules, { only, parameters });
}

function fix(text: string, only: string[] = [], parameters: Record<string, Record<string, unknown>> = {}, file = 'template.yaml'): TemplateFixResult {
  return fixTemplate(text, file, { rules: rules(only, parameters) });
}

/** Status of every (rule, resource) after reading the text again, as a scan would. */
function rescan(text: string, active: readonly ActiveRule[], file = 'template.yaml'): Map<string, string> {
  const document = loadCloudFormation(text, file, {}, { force: true });
  assert.ok(document);
  assert.deepEqual(document.problems.filter((problem) => problem.level === 'error'), [], `the fixed template does not read:\n${text}`);
  const statuses = new Map<string, string>();
  for (const evaluation of evaluateDocument(document, active).evaluations) statuses.set(`${evaluation.ruleId} ${evaluation.resource.id}`, evaluation.status);
  return statuses;
}

/**
 * Every line of the original is in the output, in order, unchanged — except lines where the fix
 * replaced one value token or inserted text inside the line (a JSON comma, a flow-map entry).
 * Returns how many original lines were touched that way.
 */
function assertUnrelatedLinesKept(original: string, output: string, label: string): number {
  const strip = (line: string) => line.replace(/\r?\n$/, '');
  const parts = diffLines(original, output);
  let touched = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (!part?.removed) continue;
    const added = [parts[index - 1], parts[index + 1]].find((neighbour) => neighbour?.added);
    assert.ok(added, `${label}: lines removed, not changed: ${JSON.stringify(part.value)}`);
    const candidates = splitLines(added.value).map(strip);
    let from = 0;
    for (const removedLine of splitLines(part.value).map(strip)) {
      const match = candidates.findIndex((line, position) => position >= from && keptAroundOneToken(removedLine, line));
      assert.ok(match >= 0, `${label}: line ${JSON.stringify(removedLine)} was rewritten, not edited in place`);
      from = match + 1;
      touched += 1;
    }
  }
  return touched;
}

function splitLines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((line) => line.length > 0);
}

/** `after` keeps `before` except for one replaced scalar token (or nothing: pure insertion), and maybe a JSON comma added at its end. */
function keptAroundOneToken(before: string, after: string): boolean {
  return keptAround(before, after) || (after.endsWith(',') && !before.endsWith(',') && keptAround(before, after.slice(0, -1)));
}

function keptAround(before: string, after: string): boolean {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const replaced = before.slice(prefix, before.length - suffix);
  // A scalar, or an empty collection (whole, or its closing bracket when it was opened up to be filled).
  return /^("[^"]*"?|'[^']*'?|[^\s,{}[\]:#"']*|\{\s*\}?|\[\s*\]?|\s*[}\]])$/.test(replaced);
}

const BUCKET_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: demo # the name
      # a comment after the last property
  Queue:
    Type: AWS::SQS::Queue
`;

describe('template autofix: the applier', () => {
  it('inserts into a YAML block map after its last entry, keeping comments where they were', () => {
    const result = fix(BUCKET_YAML, ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED']);
    assert.equal(
      result.output,
      `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: demo # the name
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
      # a comment after the last property
  Queue:
    Type: AWS::SQS::Queue
`,
    );
    assert.deepEqual(result.fixed.map((finding) => `${finding.ruleId} ${finding.resource}`), ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED Bucket']);
    assert.equal(rescan(result.output, rules(['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'])).get('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED Bucket'), 'COMPLIANT');
  });

  it('adds Properties to a resource that has none, and a parameterised KMS key in a new Parameters section', () => {
    const result = fix(BUCKET_YAML, ['SQS_QUEUE_ENCRYPTED_KMS']);
    assert.equal(
      result.output,
      `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  SqsKmsKeyId:
    Type: String
    Description: "KMS key (ARN, id or alias) for SQS queue encryption (added by tosei fix)"
    Default: alias/aws/sqs
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: demo # the name
      # a comment after the last property
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId:
        Ref: SqsKmsKeyId
`,
    );
    assert.equal(rescan(result.output, rules(['SQS_QUEUE_ENCRYPTED_KMS'])).get('SQS_QUEUE_ENCRYPTED_KMS Queue'), 'COMPLIANT');
  });

  it('writes short-form intrinsics when the file uses them, and reuses an existing Parameters section', () => {
    const text = 'Parameters:\n  Env:\n    Type: String\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "${Env}-q"\n';
    const result = fix(text, ['SQS_QUEUE_ENCRYPTED_KMS']);
    assert.match(result.output, /^Parameters:\n {2}Env:\n {4}Type: String\n {2}SqsKmsKeyId:\n {4}Type: String\n/);
    assert.match(result.output, / {6}QueueName: !Sub "\$\{Env\}-q"\n {6}KmsMasterKeyId: !Ref SqsKmsKeyId\n$/);
  });

  it('inserts into a YAML flow map on its line', () => {
    const text = 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties: { PerformanceMode: generalPurpose }\n';
    const result = fix(text, ['EFS_ENCRYPTED_CHECK']);
    assert.equal(result.output, 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties: { PerformanceMode: generalPurpose, Encrypted: true }\n');
    assert.match(result.fixed[0]?.replacement ?? '', /replaces Fs/);
  });

  it('replaces a literal false in place and says the resource is replaced', () => {
    const text = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageEncrypted: "false"   # legacy\n      DBInstanceClass: db.t3.micro\n';
    const result = fix(text, ['RDS_STORAGE_ENCRYPTED']);
    assert.equal(result.output, text.replace('"false"', 'true'));
    assert.match(result.fixed[0]?.replacement ?? '', /replaces Db/);
  });

  it('edits JSON with the file indentation (spaces or tabs), adding the comma to the previous line only', () => {
    const spaces = '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "demo"\n      }\n    }\n  }\n}\n';
    const result = fix(spaces, ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'], {}, 'template.json');
    assert.equal(
      result.output,
      '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "demo",\n' +
        '        "PublicAccessBlockConfiguration": {\n          "BlockPublicAcls": true,\n          "BlockPublicPolicy": true,\n          "IgnorePublicAcls": true,\n          "RestrictPublicBuckets": true\n        }\n' +
        '      }\n    }\n  }\n}\n',
    );
    JSON.parse(result.output);
    const tabs = spaces.replace(/^( +)/gm, (indent) => '\t'.repeat(indent.length / 2));
    const tabbed = fix(tabs, ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'], {}, 'template.json');
    assert.equal(tabbed.output, result.output.replace(/^( +)/gm, (indent) => '\t'.repeat(indent.length / 2)));
    assertUnrelatedLinesKept(tabs, tabbed.output, 'tabs');
  });

  it('adds a Parameters section before Resources in JSON', () => {
    const text = '{\n    "AWSTemplateFormatVersion": "2010-09-09",\n    "Resources": {\n        "Queue": {"Type": "AWS::SQS::Queue"}\n    }\n}';
    const result = fix(text, ['SQS_QUEUE_ENCRYPTED_KMS'], {}, 'template.json');
    const parsed = JSON.parse(result.output) as { Parameters: Record<string, unknown>; Resources: { Queue: { Properties: unknown } } };
    assert.deepEqual(Object.keys(parsed), ['AWSTemplateFormatVersion', 'Parameters', 'Resources']);
    assert.deepEqual(parsed.Resources.Queue.Properties, { KmsMasterKeyId: { Ref: 'SqsKmsKeyId' } });
    assert.match(result.output, /\n {4}"Parameters": \{\n {8}"SqsKmsKeyId": \{\n {12}"Type": "String",/);
    assert.match(result.output, /"Queue": \{"Type": "AWS::SQS::Queue", "Properties": \{"KmsMasterKeyId": \{"Ref": "SqsKmsKeyId"\}\}\}/);
    assert.ok(!result.output.endsWith('\n'), 'no line break added at the end');
  });

  it('keeps CRLF line endings', () => {
    const text = BUCKET_YAML.replace(/\n/g, '\r\n');
    const result = fix(text, ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'SQS_QUEUE_ENCRYPTED_KMS']);
    assert.equal(result.fixed.length, 2);
    assert.ok(!/[^\r]\n/.test(result.output), 'a bare LF was inserted');
    assert.equal(result.output.replace(/\r\n/g, '\n'), fix(BUCKET_YAML, ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'SQS_QUEUE_ENCRYPTED_KMS']).output);
  });

  it('follows the file indentation: four spaces, sequences not indented under their key', () => {
    const text = 'Resources:\n    Bucket:\n        Type: AWS::S3::Bucket\n        Properties:\n            Tags:\n            - Key: a\n              Value: b\n';
    const result = fix(text, ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED']);
    assert.equal(
      result.output,
      `${text}            BucketEncryption:\n                ServerSideEncryptionConfiguration:\n                - ServerSideEncryptionByDefault:\n                      SSEAlgorithm: AES256\n`,
    );
  });

  it('fixes a resource at the end of a file without a trailing line break', () => {
    const text = 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      ReplicationGroupDescription: x\n      AtRestEncryptionEnabled: false';
    const result = fix(text, ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST']);
    assert.equal(result.output, text.replace(/false$/, 'true'));
    const volume = 'Resources:\n  Volume:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10';
    const fixedVolume = fix(volume, ['ENCRYPTED_VOLUMES']);
    assert.equal(fixedVolume.output, `${volume}\n      Encrypted: true`);
    const bare = 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem';
    assert.equal(fix(bare, ['EFS_ENCRYPTED_CHECK']).output, `${bare}\n    Properties:\n      Encrypted: true`);
  });

  it('fills an empty Properties key', () => {
    const text = 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n  Other:\n    Type: AWS::SNS::Topic\n';
    assert.equal(fix(text, ['EFS_ENCRYPTED_CHECK']).output, 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n  Other:\n    Type: AWS::SNS::Topic\n');
  });

  it('appends to block and flow lists (EKS log types)', () => {
    const block = 'Resources:\n  Eks:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n      RoleArn: arn:aws:iam::1:role/x\n';
    const fixedBlock = fix(block, ['EKS_CLUSTER_LOGGING_ENABLED']);
    assert.equal(fixedBlock.output, block.replace('- Type: api\n', '- Type: api\n            - Type: audit\n            - Type: authenticator\n'));
    const flow = 'Resources:\n  Eks:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Logging: { ClusterLogging: { EnabledTypes: [{ Type: audit }] } }\n';
    assert.equal(fix(flow, ['EKS_CLUSTER_LOGGING_ENABLED']).output, flow.replace('{ Type: audit }]', '{ Type: audit }, { Type: api }, { Type: authenticator }]'));
  });

  it('turns the flags that are off on, one by one, in a JSON one-line map', () => {
    const text = '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "BlockPublicPolicy": false, "IgnorePublicAcls": true}}}}}';
    const result = fix(text, ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'], {}, 't.json');
    assert.equal(result.output, text.replace('"BlockPublicPolicy": false', '"BlockPublicPolicy": true').replace('"IgnorePublicAcls": true}', '"IgnorePublicAcls": true, "RestrictPublicBuckets": true}'));
  });
});

describe('template autofix: what is not fixed', () => {
  it('never rewrites an intrinsic function, and says so', () => {
    const text = 'Parameters:\n  Enc: { Type: String, Default: "false" }\nResources:\n  Volume:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n      Encrypted: !Ref Enc\n';
    const result = fix(text, ['ENCRYPTED_VOLUMES']);
    assert.equal(result.output, text);
    assert.deepEqual(result.fixed, []);
    assert.match(result.notFixed[0]?.reason ?? '', /^not fixable automatically: Resources\.Volume\.Properties\.Encrypted is an intrinsic function/);
    const longForm = fix(text.replace('!Ref Enc', '{ Ref: Enc }'), ['ENCRYPTED_VOLUMES']);
    assert.match(longForm.notFixed[0]?.reason ?? '', /intrinsic function \(Ref\)/);
  });

  it('never edits a partial owner: a group the template only attaches a rule to has no declaration', () => {
    const text = 'Resources:\n  OpenSsh:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }\n';
    const fixes = new Map([['INCOMING_SSH_DISABLED', { ruleId: 'INCOMING_SSH_DISABLED', fix: () => assert.fail('a fix ran on a partial owner') }]]);
    const result = fixTemplate(text, 'template.yaml', { rules: rules(['INCOMING_SSH_DISABLED']), fixes });
    assert.equal(result.output, text);
    assert.deepEqual(result.notFixed.map((finding) => finding.resource), ['OpenSsh#GroupId']);
    assert.match(result.notFixed[0]?.reason ?? '', /^not fixable automatically: security group sg-0123456789abcdef0 is not declared in this input; fix the attachment/);
  });

  it('leaves INSUFFICIENT_DATA alone: unknown is not false', () => {
    const text = 'Parameters:\n  Enc: { Type: String }\nResources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: !Ref Enc\n';
    const result = fix(text, ['EFS_ENCRYPTED_CHECK']);
    assert.equal(result.output, text);
    assert.deepEqual([result.fixed, result.notFixed], [[], []]);
  });

  it('respects suppressions', () => {
    const text = 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Metadata:\n      tosei:\n        skip:\n          - { id: EFS_ENCRYPTED_CHECK, reason: scratch space }\n';
    const result = fix(text, ['EFS_ENCRYPTED_CHECK']);
    assert.equal(result.output, text);
    assert.deepEqual([result.fixed, result.notFixed], [[], []]);
  });

  it('does not write through YAML aliases or merge keys', () => {
    const text = 'Resources:\n  A:\n    Type: AWS::EFS::FileSystem\n    Properties: &shared\n      PerformanceMode: generalPurpose\n  B:\n    Type: AWS::EFS::FileSystem\n    Properties: *shared\n';
    const result = fix(text, ['EFS_ENCRYPTED_CHECK']);
    assert.equal(result.output, text);
    const reasons = new Map(result.notFixed.map((finding) => [finding.resource, finding.reason]));
    assert.match(reasons.get('A') ?? '', /anchored \(&shared\): an edit would change every alias of it too/);
    assert.match(reasons.get('B') ?? '', /YAML alias \(\*shared\)/);
    const merged = 'Resources:\n  A:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      <<: { PerformanceMode: generalPurpose }\n';
    assert.match(fix(merged, ['EFS_ENCRYPTED_CHECK']).notFixed[0]?.reason ?? '', /merge key/);
  });

  it('refuses an edit that makes another rule worse (two rules asking for different algorithms)', () => {
    const result = fix('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n', ['S3_BUCKET_ENCRYPTION_CONFIGURED', 'S3_DEFAULT_ENCRYPTION_KMS']);
    assert.deepEqual(result.fixed.map((finding) => finding.ruleId), ['S3_BUCKET_ENCRYPTION_CONFIGURED']);
    assert.match(result.notFixed[0]?.reason ?? '', /would make S3_BUCKET_ENCRYPTION_CONFIGURED NON_COMPLIANT on Bucket/);
  });

  it('leaves a file that does not parse untouched', () => {
    const text = 'Resources:\n  Bucket:\n    Type: [AWS::S3::Bucket\n';
    const result = fix(text);
    assert.equal(result.output, text);
    assert.equal(result.problems.filter((problem) => problem.level === 'error').length, 1);
  });
});

describe('template autofix: the fixes', () => {
  it('S3_DEFAULT_ENCRYPTION_KMS: aws:kms with the key as a parameter, limited to kmsKeyArns', () => {
    const key = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const text = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n';
    const result = fix(text, ['S3_DEFAULT_ENCRYPTION_KMS'], { S3_DEFAULT_ENCRYPTION_KMS: { kmsKeyArns: [key] } });
    const template = parseTemplateText(result.output, 't.yaml').value as Record<string, Value>;
    assert.deepEqual(getPath(template, ['Parameters', 'S3KmsKeyArn', 'AllowedValues']), [key]);
    assert.equal(getPath(template, ['Parameters', 'S3KmsKeyArn', 'Default']), key);
    assert.deepEqual(getPath(template, ['Resources', 'Bucket', 'Properties', 'BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault']), {
      SSEAlgorithm: 'aws:kms',
      KMSMasterKeyID: { Ref: 'S3KmsKeyArn' },
    });
    const active = rules(['S3_DEFAULT_ENCRYPTION_KMS'], { S3_DEFAULT_ENCRYPTION_KMS: { kmsKeyArns: [key] } });
    assert.equal(rescan(result.output, active).get('S3_DEFAULT_ENCRYPTION_KMS Bucket'), 'COMPLIANT');
    assertUnrelatedLinesKept(text, result.output, 'kms');
  });

  it('SQS_QUEUE_ENCRYPTED_KMS: SQS-managed SSE is turned off for the KMS key', () => {
    const text = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: true\n';
    const result = fix(text, ['SQS_QUEUE_ENCRYPTED_KMS']);
    assert.match(result.output, /SqsManagedSseEnabled: false\n {6}KmsMasterKeyId:\n {8}Ref: SqsKmsKeyId\n$/);
    assert.equal(rescan(result.output, rules(['SQS_QUEUE_ENCRYPTED_KMS'])).get('SQS_QUEUE_ENCRYPTED_KMS Queue'), 'COMPLIANT');
  });

  it('RDS_STORAGE_ENCRYPTED: an Aurora instance is fixed through its cluster', () => {
    const text = 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n  Instance:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: aurora-mysql\n      DBClusterIdentifier: !Ref Cluster\n';
    const result = fix(text, ['RDS_STORAGE_ENCRYPTED']);
    assert.equal(result.output, text.replace('Engine: aurora-mysql\n  Instance', 'Engine: aurora-mysql\n      StorageEncrypted: true\n  Instance'));
    assert.deepEqual(result.fixed.map((finding) => [finding.resource, finding.fixedBy?.resource]).sort(), [['Cluster', undefined], ['Instance', 'Cluster']]);
    const statuses = rescan(result.output, rules(['RDS_STORAGE_ENCRYPTED']));
    assert.deepEqual([statuses.get('RDS_STORAGE_ENCRYPTED Cluster'), statuses.get('RDS_STORAGE_ENCRYPTED Instance')], ['COMPLIANT', 'COMPLIANT']);
  });

  it('ENCRYPTED_VOLUMES: each unencrypted block device of an instance', () => {
    const text =
      'Resources:\n  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs: { VolumeSize: 20 }\n        - DeviceName: /dev/xvdb\n          Ebs:\n            VolumeSize: 50\n            Encrypted: false\n';
    const result = fix(text, ['ENCRYPTED_VOLUMES']);
    assert.equal(result.output, text.replace('{ VolumeSize: 20 }', '{ VolumeSize: 20, Encrypted: true }').replace('Encrypted: false', 'Encrypted: true'));
    assert.match(result.fixed[0]?.replacement ?? '', /replaces instance Host/);
  });

  it('VPC_FLOW_LOGS_ENABLED: a new flow log to an S3 bucket the template asks for, with an id not yet used', () => {
    const text = 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  VpcFlowLog:\n    Type: AWS::SNS::Topic\nOutputs:\n  Id:\n    Value: !Ref Vpc\n';
    const result = fix(text, ['VPC_FLOW_LOGS_ENABLED'], { VPC_FLOW_LOGS_ENABLED: { trafficType: 'REJECT' } });
    assert.equal(
      result.output,
      'Parameters:\n  FlowLogsBucketArn:\n    Type: String\n    Description: "ARN of the S3 bucket (optionally with a /prefix) VPC flow logs go to (added by tosei fix)"\n    AllowedPattern: "^arn:aws[a-z-]*:s3:::.+$"\n' +
        'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  VpcFlowLog:\n    Type: AWS::SNS::Topic\n' +
        '  VpcFlowLog2:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref Vpc\n      ResourceType: VPC\n      TrafficType: REJECT\n      LogDestinationType: s3\n      LogDestination: !Ref FlowLogsBucketArn\n' +
        'Outputs:\n  Id:\n    Value: !Ref Vpc\n',
    );
    const active = rules(['VPC_FLOW_LOGS_ENABLED'], { VPC_FLOW_LOGS_ENABLED: { trafficType: 'REJECT' } });
    assert.equal(rescan(result.output, active).get('VPC_FLOW_LOGS_ENABLED Vpc'), 'COMPLIANT');
  });

  it('S3_BUCKET_SSL_REQUESTS_ONLY: a new bucket policy for a bucket without one; a written policy is left to the user', () => {
    const text = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Other:\n    Type: AWS::S3::Bucket\n  OtherPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Other\n      PolicyDocument:\n        Statement: []\n';
    const result = fix(text, ['S3_BUCKET_SSL_REQUESTS_ONLY']);
    assert.match(result.output, /\n {2}BucketPolicy:\n {4}Type: AWS::S3::BucketPolicy\n {4}Properties:\n {6}Bucket: !Ref Bucket\n/);
    assert.match(result.output, /aws:SecureTransport/);
    assert.match(result.notFixed[0]?.reason ?? '', /noDeny/);
    const active = rules(['S3_BUCKET_SSL_REQUESTS_ONLY']);
    assert.equal(rescan(result.output, active).get('S3_BUCKET_SSL_REQUESTS_ONLY Bucket'), 'COMPLIANT');
  });

  it('never rewrites a collection the user wrote, even of the wrong shape', () => {
    const text = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }\n';
    const result = fix(text, ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED']);
    assert.equal(result.output, text);
    assert.deepEqual(result.fixed, []);
    // A map where CloudFormation wants a list is malformed: the rule does not decide on it (INSUFFICIENT_DATA,
    // with a warning naming the path), so there is nothing to fix; were it judged, the fix would refuse it by name.
    assert.ok(result.problems.some((problem) => /malformed/.test(problem.message) && /ServerSideEncryptionConfiguration/.test(problem.message)), JSON.stringify(result.problems));
  });

  it('every fix is keyed by the id of a built-in rule', () => {
    const ids = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const id of builtinFixes.keys()) assert.ok(ids.has(id), id);
  });
});

describe('tosei fix (CLI)', () => {
  async function run(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('--dry-run prints a unified diff with the notes and writes nothing; without it the file is rewritten', async () => {
    const directory = writeFixtureDirectory({ 't.yaml': 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n', 'notes.yml': 'just: yaml\n' }, 'tosei-fix-');
    const dry = await run(['fix', '.', '--dry-run', '--only', 'EFS_ENCRYPTED_CHECK'], directory);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^# t\.yaml\n# {2}fixed EFS_ENCRYPTED_CHECK on Fs: set Encrypted to true\n# {4}REPLACEMENT: .*replaces Fs/m);
    assert.match(dry.stdout, /--- a\/t\.yaml\n\+\+\+ b\/t\.yaml\n@@ -1,3 \+1,5 @@\n Resources:\n {3}Fs:\n {5}Type: AWS::EFS::FileSystem\n\+ {4}Properties:\n\+ {6}Encrypted: true\n/);
    assert.equal(readFileSync(join(directory, 't.yaml'), 'utf8'), 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n');
    const real = await run(['fix', 't.yaml', '--only', 'EFS_ENCRYPTED_CHECK'], directory);
    assert.equal(real.code, 0);
    assert.match(real.stdout, /fixed 1 finding in 1 of 1 template/);
    assert.equal(readFileSync(join(directory, 't.yaml'), 'utf8'), 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n');
    const again = await run(['fix', '.', '--only', 'EFS_ENCRYPTED_CHECK'], directory);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /fixed 0 findings/);
  });

  it('exits 1 when findings it could not fix remain, 2 for a file it cannot parse (left untouched)', async () => {
    const broken = 'Resources:\n  Fs:\n    Type: [AWS::EFS::FileSystem\n';
    const directory = writeFixtureDirectory(
      { 'intrinsic.yaml': 'Parameters:\n  E: { Type: String, Default: "false" }\nResources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties: { Encrypted: !Ref E }\n', 'broken.yaml': broken },
      'tosei-fix-',
    );
    const remaining = await run(['fix', 'intrinsic.yaml', '--only', 'EFS_ENCRYPTED_CHECK'], directory);
    assert.equal(remaining.code, 1);
    assert.match(remaining.stdout, /not fixed EFS_ENCRYPTED_CHECK on Fs: not fixable automatically: .*intrinsic function/);
    const unreadable = await run(['fix', '.', '--only', 'EFS_ENCRYPTED_CHECK'], directory);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /^broken\.yaml:\d+:\d+: invalid YAML/m);
    assert.equal(readFileSync(join(directory, 'broken.yaml'), 'utf8'), broken);
    const usage = await run(['fix'], directory);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /fix needs at least one PATH/);
  });
});

describe('template autofix: property-based', () => {
  const key = fc.constantFrom('A', 'Encrypted', 'Tags', 'Name', 'KmsKeyId', 'x y', '1', 'true');
  const scalar = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constantFrom('aws:kms', 'a: b', '#x', '- y', 'null', '', "it's", '"q"', '{', '\\'));
  const value: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(key, tie('value'), { maxKeys: 3 }),
      fc.constantFrom<Value>({ Ref: 'P' }, { 'Fn::GetAtt': ['R', 'Arn'] }),
    ),
  })).value;
  const path = fc.array(key, { minLength: 1, maxLength: 3 });
  const edit: fc.Arbitrary<TemplateEdit> = fc.oneof(
    fc.record({ kind: fc.constant('setProperty' as const), resource: fc.constantFrom('R1', 'R2', 'R3'), path, value }),
    fc.record({ kind: fc.constant('appendToList' as const), resource: fc.constantFrom('R1', 'R2'), path, items: fc.array(value, { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('addParameter' as const), name: fc.constantFrom('P', 'Q'), declaration: fc.constant({ Type: 'String' }) }),
  );
  /** A small template written in one of the styles templates come in. */
  const template = fc
    .record({
      style: fc.constantFrom('block2', 'block4', 'flow', 'json2', 'jsonTab', 'jsonCompact'),
      crlf: fc.boolean(),
      trailingNewline: fc.boolean(),
      comments: fc.boolean(),
      parameters: fc.boolean(),
      resources: fc.array(fc.option(fc.dictionary(key, value, { maxKeys: 3 }), { nil: undefined }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ style, crlf, trailingNewline, comments, parameters, resources }) => {
      const data: Record<string, Value> = {};
      if (parameters) data.Parameters = { Existing: { Type: 'String' } };
      data.Resources = Object.fromEntries(
        resources.map((properties, index): [string, Value] => [`R${index + 1}`, properties === undefined ? { Type: 'AWS::S3::Bucket' } : { Type: 'AWS::S3::Bucket', Properties: properties }]),
      );
      let text: string;
      if (style.startsWith('json')) text = JSON.stringify(data, null, style === 'json2' ? 2 : style === 'jsonTab' ? '\t' : undefined);
      else text = toYaml(data, style === 'block4' ? '    ' : '  ', style === 'flow', comments);
      if (crlf) text = text.replace(/\n/g, '\r\n');
      if (!trailingNewline) text = text.replace(/\r?\n$/, '');
      return text;
    });

  it('the applier never produces a template that does not parse, and the value reads back', () => {
    fc.assert(
      fc.property(template, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let output: string;
        try {
          output = applyEdits(text, edits);
        } catch (error) {
          if (error instanceof NotFixableError) return;
          throw error;
        }
        const parsed = parseTemplateText(output, 'generated');
        assert.deepEqual(parsed.problems.filter((problem: ScanProblem) => problem.level === 'error'), [], `does not parse:\n${output}`);
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(output), `a bare LF in a CRLF file:\n${output}`);
        else assert.ok(!output.includes('\r'), `a CR in an LF file:\n${output}`);
        const last = edits[edits.length - 1] as TemplateEdit;
        if (last.kind === 'setProperty') {
          // Through JSON: generated dictionaries have no prototype, read-back objects do.
          assert.deepEqual(getPath(parsed.value as Value, ['Resources', last.resource, 'Properties', ...last.path]), JSON.parse(JSON.stringify(last.value)), `value not read back:\n${output}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('template autofix: malformed input', () => {
  const seed = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties: { Tags: [ { Key: a, Value: b } ] }\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: false # x\n';
  const mutation = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.constantFrom('', ':', '-', '[', '{', '}', '"', '\t', '\n', '  ', '!Ref ', '&a ', '*a', '<<: ', '#', '\r') });

  it('fixTemplate never throws; it leaves what it cannot read untouched and what it writes reads', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = seed;
        for (const { at, remove, insert } of mutations) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        const result = fix(text, ['EFS_ENCRYPTED_CHECK', 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED']);
        if (result.problems.some((problem) => problem.level === 'error')) assert.equal(result.output, text);
        else if (result.output !== text) {
          const reread = loadCloudFormation(result.output, 't.yaml', {}, { force: true });
          assert.deepEqual(reread?.problems.filter((problem) => problem.level === 'error'), [], result.output);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A deliberately hand-rolled YAML writer, so generated templates are not in the applier's own style. */
function toYaml(data: Value, unit: string, flowProperties: boolean, comments: boolean): string {
  const lines: string[] = [];
  const scalar = (item: Value) => JSON.stringify(item);
  const write = (item: Value, indent: string, depth: number) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      for (const [name, child] of Object.entries(item)) {
        const head = `${indent}${JSON.stringify(name)}:`;
        const isCollection = child !== null && typeof child === 'object' && (Array.isArray(child) ? child.length > 0 : Object.keys(child).length > 0);
        if (!isCollection || (flowProperties && depth >= 2)) lines.push(`${head} ${JSON.stringify(child)}${comments ? ' # note' : ''}`);
        else {
          lines.push(head);
          write(child, indent + unit, depth + 1);
          if (comments) lines.push(`${indent}# after ${name}`);
        }
      }
    } else if (Array.isArray(item)) {
      for (const child of item) lines.push(`${indent}- ${scalar(child)}`);
    }
  };
  write(data, '', 0);
  return `${lines.join('\n')}\n`;
}

describe('template autofix over the real-world corpora', () => {
  it('fixes templates with fixable findings: the output parses, unrelated lines are kept, a rescan is COMPLIANT', (context) => {
    const started = performance.now();
    const candidates = corpusFiles(['cfn-yaml', 'cfn-json', 'sam-yaml', 'sam-json']);
    const fixableTypes = new Set(builtinRules.filter((rule) => builtinFixes.has(rule.meta.id)).flatMap((rule) => rule.meta.resourceTypes));
    const typePattern = new RegExp([...fixableTypes].map((type) => type.replace(/:/g, ':')).join('|'));
    const everyRule = rules();
    const selected: string[] = [];
    for (const file of candidates) {
      const text = readFileSync(file.path, 'utf8');
      if (!typePattern.test(text)) continue;
      const problems: ScanProblem[] = [];
      const document = loadInput(file.path, true, {}, problems);
      if (!document || document.format !== 'cloudformation' || document.problems.some((problem) => problem.level === 'error')) continue;
      const fixable = evaluateDocument(document, everyRule).evaluations.some((evaluation) => evaluation.status === 'NON_COMPLIANT' && !evaluation.suppressed && builtinFixes.has(evaluation.ruleId));
      if (fixable) selected.push(file.path);
    }
    assert.ok(selected.length > 100, `only ${selected.length} corpus templates with fixable findings`);
    // Every template's turn would take about a minute: a fixed stride keeps the sample spread over all corpora.
    const CAP = 60;
    const stride = Math.max(1, Math.floor(selected.length / CAP));
    const sample = selected.filter((_path, index) => index % stride === 0).slice(0, CAP);
    // Two rule sets: all rules (the S3 KMS fix then conflicts with S3_BUCKET_ENCRYPTION_CONFIGURED), and without that rule (KMS fixes apply).
    const ruleSets = [everyRule, everyRule.filter((active) => active.rule.meta.id !== 'S3_BUCKET_ENCRYPTION_CONFIGURED')];
    const totals = { templates: 0, changed: 0, fixed: 0, notFixed: 0, touchedLines: 0 };
    const reasons = new Map<string, number>();
    for (const [setIndex, active] of ruleSets.entries()) {
      for (const path of sample) {
        const text = readFileSync(path, 'utf8');
        const result = fixTemplate(text, path, { rules: active });
        totals.templates += 1;
        totals.fixed += result.fixed.length;
        totals.notFixed += result.notFixed.length;
        for (const finding of result.notFixed) {
          const reason = `${finding.ruleId}: ${finding.reason.replace(/Resources\.\S+/g, '<path>').replace(/ on \S+ \(.*$/, '')}`;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
        if (result.output === text) continue;
        totals.changed += 1;
        const label = `${path} (rule set ${setIndex})`;
        totals.touchedLines += assertUnrelatedLinesKept(text, result.output, label);
        const statuses = rescan(result.output, active, path);
        for (const finding of result.fixed) assert.equal(statuses.get(`${finding.ruleId} ${finding.resource}`), 'COMPLIANT', `${label}: ${finding.ruleId} on ${finding.resource}`);
      }
    }
    assert.ok(totals.fixed > 100, `only ${totals.fixed} findings fixed`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    context.diagnostic(`corpus autofix: ${selected.length} templates with fixable findings, ${sample.length} sampled x ${ruleSets.length} rule sets in ${seconds} s: ${JSON.stringify(totals)}`);
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) context.diagnostic(`not fixed x${count}: ${reason}`);
  });
});
