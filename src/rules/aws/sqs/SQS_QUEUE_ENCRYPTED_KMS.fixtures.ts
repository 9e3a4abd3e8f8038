import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'queues encrypted with a customer managed key and the AWS managed key',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !GetAtt Key.Arn
      KmsDataKeyReusePeriodSeconds: 300
  Events:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
`,
    expect: { Orders: 'COMPLIANT', Events: { status: 'COMPLIANT', messageIncludes: 'alias/aws/sqs' } },
  },
  {
    name: 'a key written as text that names no key (no key id, ARN or alias name) is malformed, not a KMS key',
    template: `
Resources:
  Misnamed:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: orders-key
`,
    expect: { Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsMasterKeyId'], messageIncludes: 'malformed' } },
  },
  {
    name: 'hcl: a key written as text that names no key is malformed',
    hcl: `
resource "aws_sqs_queue" "misnamed" {
  name              = "misnamed"
  kms_master_key_id = "orders-key"
}
`,
    expect: { 'aws_sqs_queue.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'malformed' } },
  },
  {
    name: 'SQS-managed encryption is not KMS',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: "true"
`,
    expect: { Queue: { status: 'NON_COMPLIANT', messageId: 'sqsManaged', path: ['SqsManagedSseEnabled'] } },
  },
  {
    name: 'queue without encryption settings',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: orders.fifo
      FifoQueue: true
      SqsManagedSseEnabled: false
`,
    expect: { Queue: { status: 'NON_COMPLIANT', messageId: 'unencrypted' } },
  },
  {
    name: 'key imported from another stack: a KMS key, whichever it is',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !ImportValue security-queue-key-arn
`,
    expect: { Queue: { status: 'COMPLIANT', messageId: 'kmsAtDeployment', path: ['KmsMasterKeyId'], messageIncludes: 'ImportValue' } },
  },
  {
    name: 'key imported from another stack, against kmsKeyIds',
    params: { kmsKeyIds: 'alias/queues' },
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !ImportValue security-queue-key-arn
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsMasterKeyId'] } },
  },
  {
    name: 'key chosen between two keys by an undecidable condition is set; a key or nothing is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  EastKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
  Chosen:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [InUsEast1, !Ref EastKey, alias/queues]
  MaybeEncrypted:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [InUsEast1, !Ref EastKey, !Ref AWS::NoValue]
      SqsManagedSseEnabled: true
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'kmsAtDeployment', messageIncludes: 'InUsEast1' },
      MaybeEncrypted: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsMasterKeyId'] },
    },
  },
  {
    name: 'key chosen by a decidable and an undecidable Fn::If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Decided:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [IsProd, alias/prod-queues, !Ref AWS::NoValue]
      SqsManagedSseEnabled: !If [IsProd, !Ref AWS::NoValue, true]
  Undecided:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [InUsEast1, alias/queues, !Ref AWS::NoValue]
`,
    expect: { Decided: 'COMPLIANT', Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' } },
  },
  {
    name: 'key from a mapping, a parameter default and Sub',
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  KeyAlias: { Type: String, Default: alias/orders }
  Env: { Type: String, Default: prod }
Mappings:
  Keys:
    prod: { Alias: alias/prod-queues }
Resources:
  Mapped:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !FindInMap [Keys, !Ref Env, Alias]
  FromParameter:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Ref KeyAlias
  Subbed:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/\${Env}-queues
`,
    expect: { Mapped: 'COMPLIANT', FromParameter: 'COMPLIANT', Subbed: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyIds: allowed by key ARN, by key id and by alias',
    params: { kmsKeyIds: 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9,alias/prod-queues' },
    template: `
Resources:
  ByArn:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9
  ByKeyId:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: 0F1E2D3C-4B5A-6978-8695-A4B3C2D1E0F9
  ByAliasArn:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: arn:aws:kms:eu-west-1:111122223333:alias/prod-queues
`,
    expect: { ByArn: 'COMPLIANT', ByKeyId: 'COMPLIANT', ByAliasArn: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyIds of aliases: other alias, SSE-SQS, a key ARN, a key made in the template',
    params: { kmsKeyIds: ['alias/prod-queues'] },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  AwsManaged:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
  SqsManaged:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: true
  KeyArn:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9
  NewKey:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Ref Key
`,
    expect: {
      AwsManaged: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed', path: ['KmsMasterKeyId'] },
      SqsManaged: { status: 'NON_COMPLIANT', messageId: 'sqsManaged' },
      KeyArn: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'aliases' },
      NewKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
  // Terraform (HCL).
  {
    name: 'hcl: a customer managed key by reference, the AWS managed key, SSE-SQS, no encryption',
    hcl: `
resource "aws_kms_key" "queues" {
  description         = "queue key"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "orders" {
  name                              = "example-orders"
  kms_master_key_id                 = aws_kms_key.queues.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "events" {
  name              = "example-events"
  kms_master_key_id = "alias/aws/sqs"
}

resource "aws_sqs_queue" "managed" {
  name                    = "example-managed"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "plain" {
  name = "example-plain"
}
`,
    expect: {
      'aws_sqs_queue.orders': { status: 'COMPLIANT', messageId: 'kms', messageIncludes: 'aws_kms_key.queues' },
      'aws_sqs_queue.events': { status: 'COMPLIANT', messageId: 'kms', messageIncludes: 'alias/aws/sqs' },
      'aws_sqs_queue.managed': { status: 'NON_COMPLIANT', messageId: 'sqsManaged', path: ['SqsManagedSseEnabled'] },
      'aws_sqs_queue.plain': { status: 'NON_COMPLIANT', messageId: 'unencrypted' },
    },
  },
  {
    name: 'hcl: allowed keys; for_each queues in a module: allowed, another key, a key known only after apply, a variable without a value',
    params: { kmsKeyIds: ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] },
    hcl: {
      'main.tf': `
variable "legacy_key" { type = string }

resource "aws_kms_key" "new" {
  description = "created with the queues"
}

module "queues" {
  source = "./modules/queues"
  keys = {
    allowed = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    other   = "arn:aws:kms:us-east-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab"
    new     = aws_kms_key.new.arn
  }
}

resource "aws_sqs_queue" "legacy" {
  name              = "example-legacy"
  kms_master_key_id = var.legacy_key
}
`,
      'modules/queues/main.tf': `
variable "keys" { type = map(string) }

resource "aws_sqs_queue" "this" {
  for_each          = var.keys
  name              = "example-\${each.key}"
  kms_master_key_id = each.value
}
`,
    },
    expect: {
      'module.queues.aws_sqs_queue.this["allowed"]': { status: 'COMPLIANT', messageId: 'kms' },
      'module.queues.aws_sqs_queue.this["other"]': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed', path: ['KmsMasterKeyId'] },
      'module.queues.aws_sqs_queue.this["new"]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
      'aws_sqs_queue.legacy': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
  {
    name: 'hcl: count queues choosing SSE-SQS or a key; awscc_sqs_queue',
    hcl: `
resource "aws_sqs_queue" "tiered" {
  count                   = 2
  name                    = "example-tier-\${count.index}"
  kms_master_key_id       = count.index == 0 ? "alias/queues" : null
  sqs_managed_sse_enabled = count.index == 0 ? null : true
}

resource "awscc_sqs_queue" "keyed" {
  queue_name        = "example-awscc-keyed"
  kms_master_key_id = "alias/queues"
}

resource "awscc_sqs_queue" "managed" {
  queue_name              = "example-awscc-managed"
  sqs_managed_sse_enabled = true
}
`,
    expect: {
      'aws_sqs_queue.tiered[0]': { status: 'COMPLIANT', messageIncludes: 'alias/queues' },
      'aws_sqs_queue.tiered[1]': { status: 'NON_COMPLIANT', messageId: 'sqsManaged' },
      'awscc_sqs_queue.keyed': 'COMPLIANT',
      'awscc_sqs_queue.managed': { status: 'NON_COMPLIANT', messageId: 'sqsManaged' },
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: a new key by reference, SSE-SQS, no encryption (SSE-SQS known only after apply)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_kms_key.queues', mode: 'managed', type: 'aws_kms_key', name: 'queues', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { deletion_window_in_days: 10, enable_key_rotation: true, is_enabled: true, key_usage: 'ENCRYPT_DECRYPT' }, after_unknown: { arn: true, id: true, key_id: true, policy: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue.orders', mode: 'managed', type: 'aws_sqs_queue', name: 'orders', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-orders', fifo_queue: false, kms_data_key_reuse_period_seconds: 300, tags: null }, after_unknown: { arn: true, id: true, url: true, kms_master_key_id: true, sqs_managed_sse_enabled: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue.managed', mode: 'managed', type: 'aws_sqs_queue', name: 'managed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-managed', fifo_queue: false, kms_master_key_id: null, sqs_managed_sse_enabled: true, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue.plain', mode: 'managed', type: 'aws_sqs_queue', name: 'plain', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-plain', fifo_queue: false, kms_master_key_id: null, tags: null }, after_unknown: { arn: true, id: true, url: true, sqs_managed_sse_enabled: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_kms_key.queues', mode: 'managed', type: 'aws_kms_key', name: 'queues', expressions: { enable_key_rotation: { constant_value: true } } },
            { address: 'aws_sqs_queue.orders', mode: 'managed', type: 'aws_sqs_queue', name: 'orders', expressions: { name: { constant_value: 'example-orders' }, kms_master_key_id: { references: ['aws_kms_key.queues.arn', 'aws_kms_key.queues'] }, kms_data_key_reuse_period_seconds: { constant_value: 300 } } },
            { address: 'aws_sqs_queue.managed', mode: 'managed', type: 'aws_sqs_queue', name: 'managed', expressions: { name: { constant_value: 'example-managed' }, sqs_managed_sse_enabled: { constant_value: true } } },
            { address: 'aws_sqs_queue.plain', mode: 'managed', type: 'aws_sqs_queue', name: 'plain', expressions: { name: { constant_value: 'example-plain' } } },
          ],
        },
      },
    },
    expect: {
      'aws_sqs_queue.orders': { status: 'COMPLIANT', messageId: 'kms', messageIncludes: 'aws_kms_key.queues' },
      'aws_sqs_queue.managed': { status: 'NON_COMPLIANT', messageId: 'sqsManaged' },
      'aws_sqs_queue.plain': { status: 'NON_COMPLIANT', messageId: 'unencrypted' },
    },
  },
  {
    name: 'plan: allowed keys; an existing queue moving to an allowed key, another key, a key known only after apply, count, awscc',
    params: { kmsKeyIds: ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_sqs_queue.existing', mode: 'managed', type: 'aws_sqs_queue', name: 'existing', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-existing', arn: 'arn:aws:sqs:us-east-1:111122223333:example-existing', name: 'example-existing', kms_master_key_id: '', sqs_managed_sse_enabled: true, policy: '', tags: null },
            after: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-existing', arn: 'arn:aws:sqs:us-east-1:111122223333:example-existing', name: 'example-existing', kms_master_key_id: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', sqs_managed_sse_enabled: false, policy: '', tags: null },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_sqs_queue.shards[0]', mode: 'managed', type: 'aws_sqs_queue', name: 'shards', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-shard-0', fifo_queue: false, kms_master_key_id: 'arn:aws:kms:us-east-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab', tags: null }, after_unknown: { arn: true, id: true, url: true, sqs_managed_sse_enabled: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue.shards[1]', mode: 'managed', type: 'aws_sqs_queue', name: 'shards', index: 1, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-shard-1', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, kms_master_key_id: true, sqs_managed_sse_enabled: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'awscc_sqs_queue.keyed', mode: 'managed', type: 'awscc_sqs_queue', name: 'keyed', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: { actions: ['create'], before: null, after: { queue_name: 'example-awscc-keyed', kms_master_key_id: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, after_unknown: { arn: true, id: true, queue_url: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.existing', mode: 'managed', type: 'aws_sqs_queue', name: 'existing', expressions: { name: { constant_value: 'example-existing' }, kms_master_key_id: { constant_value: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } } },
            { address: 'aws_sqs_queue.shards', mode: 'managed', type: 'aws_sqs_queue', name: 'shards', expressions: { name: { references: ['count.index'] }, kms_master_key_id: { references: ['var.shard_keys', 'count.index'] } }, count_expression: { constant_value: 2 } },
            { address: 'awscc_sqs_queue.keyed', mode: 'managed', type: 'awscc_sqs_queue', name: 'keyed', provider_config_key: 'awscc', expressions: { queue_name: { constant_value: 'example-awscc-keyed' }, kms_master_key_id: { constant_value: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } } },
          ],
        },
      },
    },
    expect: {
      'aws_sqs_queue.existing': { status: 'COMPLIANT', messageId: 'kms' },
      'aws_sqs_queue.shards[0]': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
      'aws_sqs_queue.shards[1]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
      'awscc_sqs_queue.keyed': 'COMPLIANT',
    },
  },
  // A queue the input does not declare, named by a queue policy: its encryption is not known.
  {
    name: 'a queue policy on a queue the template does not declare: the queue\'s key is not known',
    template: `
Resources:
  OrdersPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/123456789012/orders]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: sns.amazonaws.com }, Action: 'sqs:SendMessage', Resource: '*' }] }
`,
    expect: { 'OrdersPolicy#Queues[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'is not declared in this input' } },
  },
] satisfies RuleCase[];
