import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'deny of sqs:* without TLS, boolean or string false',
    template: `
Resources:
  Orders:
    Type: AWS::SQS::Queue
  Billing:
    Type: AWS::SQS::Queue
  OrdersPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Orders]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: sns.amazonaws.com }
            Action: sqs:SendMessage
            Resource: !GetAtt Orders.Arn
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: "sqs:*"
            Resource: !GetAtt Orders.Arn
            Condition:
              Bool: { "aws:SecureTransport": "false" }
  BillingPolicy:
    Type: AWS::SQS::QueueInlinePolicy
    Properties:
      Queue: !Ref Billing
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: { AWS: "*" }
            Action: "*"
            Resource: "*"
            Condition:
              Bool: { "aws:SecureTransport": false }
`,
    expect: {
      Orders: { status: 'COMPLIANT', messageIncludes: 'OrdersPolicy' },
      Billing: { status: 'COMPLIANT', messageIncludes: 'BillingPolicy' },
    },
  },
  {
    name: 'queue without a policy',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
`,
    expect: { Queue: { status: 'NON_COMPLIANT', messageId: 'noPolicy' } },
  },
  {
    name: 'policies whose deny falls short: some actions, one principal, extra condition, true',
    template: `
Resources:
  SomeActions:
    Type: AWS::SQS::Queue
  OnePrincipal:
    Type: AWS::SQS::Queue
  ExtraCondition:
    Type: AWS::SQS::Queue
  WrongValue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref SomeActions, !Ref OnePrincipal, !Ref ExtraCondition, !Ref WrongValue]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: [sqs:SendMessage, sqs:ReceiveMessage]
            Resource: !GetAtt SomeActions.Arn
            Condition: { Bool: { "aws:SecureTransport": "false" } }
          - Effect: Deny
            Principal: { AWS: arn:aws:iam::111122223333:role/app }
            Action: sqs:*
            Resource: !GetAtt OnePrincipal.Arn
            Condition: { Bool: { "aws:SecureTransport": "false" } }
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt ExtraCondition.Arn
            Condition:
              Bool: { "aws:SecureTransport": "false" }
              StringEquals: { "aws:SourceAccount": "111122223333" }
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt WrongValue.Arn
            Condition: { Bool: { "aws:SecureTransport": "true" } }
`,
    expect: {
      SomeActions: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      OnePrincipal: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      ExtraCondition: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      WrongValue: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
    },
  },
  {
    name: 'a shared policy whose deny names only the other queue',
    template: `
Resources:
  Covered:
    Type: AWS::SQS::Queue
  Forgotten:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Covered, !Ref Forgotten]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: [!GetAtt Covered.Arn]
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`,
    expect: { Covered: 'COMPLIANT', Forgotten: { status: 'NON_COMPLIANT', messageId: 'noDeny' } },
  },
  {
    name: 'policy document imported from another stack',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument: !ImportValue shared-tls-only-policy
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'condition value behind an undecidable Fn::If, and one from a parameter default',
    template: `
Parameters:
  AllowPlainHttp: { Type: String, Default: "false" }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Undecided:
    Type: AWS::SQS::Queue
  FromParameter:
    Type: AWS::SQS::Queue
  UndecidedPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Undecided]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt Undecided.Arn
            Condition: { Bool: { "aws:SecureTransport": !If [InUsEast1, "false", "true"] } }
  ParameterPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref FromParameter]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !GetAtt FromParameter.Arn
            Condition: { Bool: { "aws:SecureTransport": !Ref AllowPlainHttp } }
`,
    expect: { Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' }, FromParameter: 'COMPLIANT' },
  },
  {
    name: 'policy attached by literal URL with Sub and a queue name from a mapping',
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  Env: { Type: String, Default: prod }
Mappings:
  Names:
    prod: { Queue: payments-prod }
Resources:
  Payments:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !FindInMap [Names, !Ref Env, Queue]
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Sub https://sqs.\${AWS::Region}.amazonaws.com/\${AWS::AccountId}/payments-\${Env}
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: !Sub arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:payments-*
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`,
    expect: { Payments: 'COMPLIANT' },
  },
  {
    name: 'queue list of the policy chosen by an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Primary:
    Type: AWS::SQS::Queue
  Secondary:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: !If [InUsEast1, [!Ref Primary], [!Ref Secondary]]
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: sqs:*
            Resource: "*"
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`,
    expect: {
      Primary: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Secondary: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'a TLS deny created only under an undecidable condition does not prove compliance; an unconditional one does',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::SQS::Queue
  RegionalPolicy:
    Type: AWS::SQS::QueuePolicy
    Condition: InUsEast1
    Properties:
      Queues: [!Ref Regional]
      PolicyDocument:
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: "sqs:*"
            Resource: !GetAtt Regional.Arn
            Condition:
              Bool: { "aws:SecureTransport": false }
  Guarded:
    Type: AWS::SQS::Queue
  GuardedConditional:
    Type: AWS::SQS::QueueInlinePolicy
    Condition: InUsEast1
    Properties:
      Queue: !Ref Guarded
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: "*", Action: "sqs:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": false } } }
  GuardedAlways:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Guarded]
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: "*", Action: "sqs:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": false } } }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'RegionalPolicy is created only when condition InUsEast1 holds' },
      Guarded: { status: 'COMPLIANT', messageIncludes: 'GuardedAlways' },
    },
  },
  // Terraform (HCL): aws_sqs_queue_policy, or the queue's own `policy` argument.
  {
    name: 'hcl: a queue policy that denies insecure transport, an inline policy without the deny, a queue without a policy',
    hcl: `
resource "aws_sqs_queue" "guarded" {
  name = "example-guarded"
}

resource "aws_sqs_queue_policy" "guarded" {
  queue_url = aws_sqs_queue.guarded.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:example-guarded"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_sqs_queue" "inline" {
  name = "example-inline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sqs:*"
      Resource  = "*"
    }]
  })
}

resource "aws_sqs_queue" "plain" {
  name = "example-plain"
}
`,
    expect: {
      'aws_sqs_queue.guarded': { status: 'COMPLIANT', messageId: 'enforced', messageIncludes: 'aws_sqs_queue_policy.guarded' },
      'aws_sqs_queue.inline': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      'aws_sqs_queue.plain': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'hcl: an undeclared data source document is not known; a reference inside jsonencode stays inside its value; for_each queues in a module',
    hcl: {
      'main.tf': `
resource "aws_sqs_queue" "shared" {
  name = "example-shared"
}

resource "aws_sqs_queue_policy" "shared" {
  queue_url = aws_sqs_queue.shared.id
  policy    = data.aws_iam_policy_document.shared.json
}

resource "aws_sqs_queue" "self" {
  name = "example-self"
}

resource "aws_sqs_queue_policy" "self" {
  queue_url = aws_sqs_queue.self.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = aws_sqs_queue.self.arn
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

module "workers" {
  source = "./modules/workers"
  queues = {
    jobs    = "sqs:*"
    results = "sqs:SendMessage"
  }
}
`,
      'modules/workers/main.tf': `
variable "queues" { type = map(string) }

resource "aws_sqs_queue" "this" {
  for_each = var.queues
  name     = "example-\${each.key}"
}

resource "aws_sqs_queue_policy" "this" {
  for_each  = var.queues
  queue_url = aws_sqs_queue.this[each.key].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = each.value
      Resource  = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
    },
    expect: {
      'aws_sqs_queue.shared': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      // Only the Resource (this queue's ARN) is known after apply: the deny is seen.
      'aws_sqs_queue.self': { status: 'COMPLIANT', messageId: 'enforced' },
      'module.workers.aws_sqs_queue.this["jobs"]': 'COMPLIANT',
      'module.workers.aws_sqs_queue.this["results"]': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
    },
  },
  {
    name: 'hcl: awscc_sqs_queue with an awscc_sqs_queue_policy that denies insecure transport, and one without a policy',
    hcl: `
resource "awscc_sqs_queue" "guarded" {
  queue_name = "example-awscc-guarded"
}

resource "awscc_sqs_queue_policy" "guarded" {
  queues = [awscc_sqs_queue.guarded.queue_url]
  policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "awscc_sqs_queue" "plain" {
  queue_name = "example-awscc-plain"
}
`,
    expect: {
      'awscc_sqs_queue.guarded': { status: 'COMPLIANT', messageId: 'enforced' },
      'awscc_sqs_queue.plain': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  // Terraform plan JSON: a new queue's URL is known only after apply; the configuration's references link its policy.
  {
    name: 'plan: a deny linked by reference, an allow-only policy, a policy known only after apply, a queue without a policy',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_sqs_queue.guarded', mode: 'managed', type: 'aws_sqs_queue', name: 'guarded', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-guarded', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue_policy.guarded', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'guarded', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { policy: '{"Statement":[{"Action":"sqs:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":"*","Resource":"*","Sid":"DenyInsecureTransport"}],"Version":"2012-10-17"}' },
            after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_sqs_queue.allowonly', mode: 'managed', type: 'aws_sqs_queue', name: 'allowonly', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-allowonly', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue_policy.allowonly', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'allowonly', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { policy: '{"Statement":[{"Action":"sqs:SendMessage","Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Resource":"*"}],"Version":"2012-10-17"}' },
            after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_sqs_queue.pending', mode: 'managed', type: 'aws_sqs_queue', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-pending', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue_policy.pending', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: {}, after_unknown: { id: true, policy: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue.plain', mode: 'managed', type: 'aws_sqs_queue', name: 'plain', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-plain', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.guarded', mode: 'managed', type: 'aws_sqs_queue', name: 'guarded', expressions: { name: { constant_value: 'example-guarded' } } },
            { address: 'aws_sqs_queue_policy.guarded', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'guarded', expressions: { queue_url: { references: ['aws_sqs_queue.guarded.id', 'aws_sqs_queue.guarded'] }, policy: {} } },
            { address: 'aws_sqs_queue.allowonly', mode: 'managed', type: 'aws_sqs_queue', name: 'allowonly', expressions: { name: { constant_value: 'example-allowonly' } } },
            { address: 'aws_sqs_queue_policy.allowonly', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'allowonly', expressions: { queue_url: { references: ['aws_sqs_queue.allowonly.url', 'aws_sqs_queue.allowonly'] }, policy: {} } },
            { address: 'aws_sqs_queue.pending', mode: 'managed', type: 'aws_sqs_queue', name: 'pending', expressions: { name: { constant_value: 'example-pending' } } },
            {
              address: 'aws_sqs_queue_policy.pending', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'pending',
              expressions: { queue_url: { references: ['aws_sqs_queue.pending.id', 'aws_sqs_queue.pending'] }, policy: { references: ['aws_sqs_queue.pending.arn', 'aws_sqs_queue.pending'] } },
            },
            { address: 'aws_sqs_queue.plain', mode: 'managed', type: 'aws_sqs_queue', name: 'plain', expressions: { name: { constant_value: 'example-plain' } } },
          ],
        },
      },
    },
    expect: {
      'aws_sqs_queue.guarded': { status: 'COMPLIANT', messageId: 'enforced', messageIncludes: 'aws_sqs_queue_policy.guarded' },
      'aws_sqs_queue.allowonly': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      'aws_sqs_queue.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_sqs_queue.plain': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'plan: an existing queue gaining the deny in its inline policy, count queues in a module, awscc',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_sqs_queue.legacy', mode: 'managed', type: 'aws_sqs_queue', name: 'legacy', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', arn: 'arn:aws:sqs:us-east-1:111122223333:example-legacy', name: 'example-legacy', policy: '', tags: null },
            after: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', arn: 'arn:aws:sqs:us-east-1:111122223333:example-legacy', name: 'example-legacy', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Resource":"arn:aws:sqs:us-east-1:111122223333:example-legacy","Condition":{"Bool":{"aws:SecureTransport":false}}}]}', tags: null },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'module.workers.aws_sqs_queue.this[0]', module_address: 'module.workers', mode: 'managed', type: 'aws_sqs_queue', name: 'this', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-worker-0', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.workers.aws_sqs_queue.this[1]', module_address: 'module.workers', mode: 'managed', type: 'aws_sqs_queue', name: 'this', index: 1, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-worker-1', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.workers.aws_sqs_queue_policy.this[0]', module_address: 'module.workers', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'this', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { policy: '{"Statement":[{"Action":"sqs:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}' }, after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.workers.aws_sqs_queue_policy.this[1]', module_address: 'module.workers', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'this', index: 1, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { policy: '{"Statement":[{"Action":"sqs:*","Condition":{"Bool":{"aws:SecureTransport":"false"},"StringNotEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}},"Effect":"Deny","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}' }, after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'awscc_sqs_queue.guarded', mode: 'managed', type: 'awscc_sqs_queue', name: 'guarded', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: { actions: ['create'], before: null, after: { queue_name: 'example-awscc-guarded' }, after_unknown: { arn: true, id: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'awscc_sqs_queue_policy.guarded', mode: 'managed', type: 'awscc_sqs_queue_policy', name: 'guarded', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['create'], before: null,
            after: { policy_document: '{"Statement":[{"Action":"sqs:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}', queues: [null] },
            after_unknown: { id: true, queues: [true] }, before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.legacy', mode: 'managed', type: 'aws_sqs_queue', name: 'legacy', expressions: { name: { constant_value: 'example-legacy' }, policy: {} } },
            { address: 'awscc_sqs_queue.guarded', mode: 'managed', type: 'awscc_sqs_queue', name: 'guarded', provider_config_key: 'awscc', expressions: { queue_name: { constant_value: 'example-awscc-guarded' } } },
            { address: 'awscc_sqs_queue_policy.guarded', mode: 'managed', type: 'awscc_sqs_queue_policy', name: 'guarded', provider_config_key: 'awscc', expressions: { queues: { references: ['awscc_sqs_queue.guarded.queue_url', 'awscc_sqs_queue.guarded'] }, policy_document: {} } },
          ],
          module_calls: {
            workers: {
              source: './modules/workers',
              module: {
                resources: [
                  { address: 'aws_sqs_queue.this', mode: 'managed', type: 'aws_sqs_queue', name: 'this', expressions: { name: { references: ['count.index'] } }, count_expression: { constant_value: 2 } },
                  { address: 'aws_sqs_queue_policy.this', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'this', expressions: { queue_url: { references: ['aws_sqs_queue.this', 'count.index'] }, policy: { references: ['var.vpce', 'count.index'] } }, count_expression: { constant_value: 2 } },
                ],
              },
            },
          },
        },
      },
    },
    expect: {
      'aws_sqs_queue.legacy': { status: 'COMPLIANT', messageId: 'enforced', messageIncludes: 'aws_sqs_queue.legacy#policy' },
      'module.workers.aws_sqs_queue.this[0]': 'COMPLIANT',
      'module.workers.aws_sqs_queue.this[1]': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      'awscc_sqs_queue.guarded': { status: 'COMPLIANT', messageId: 'enforced' },
    },
  },
  // Queue policies on queues the input does not declare: the policy is the queue's whole policy.
  {
    name: 'queue policies on queues the template does not declare, with and without the TLS deny',
    template: `
Resources:
  GuardedOrders:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/123456789012/orders]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 'sqs:*'
            Resource: arn:aws:sqs:us-east-1:123456789012:orders
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }
  PlainEvents:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!ImportValue shared-events-queue-url]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: sns.amazonaws.com }
            Action: 'sqs:SendMessage'
            Resource: '*'
`,
    expect: {
      'GuardedOrders#Queues[0]': { status: 'COMPLIANT', messageId: 'enforced' },
      'PlainEvents#Queues[0]': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
    },
  },
  {
    name: 'a queue URL over the stack\'s region and account names the declared queue of that name (literal or the same !Sub); another account\'s URL does not',
    template: `
Parameters:
  Env: { Type: String }
Resources:
  Orders:
    Type: AWS::SQS::Queue
    Properties: { QueueName: orders }
  Events:
    Type: AWS::SQS::Queue
    Properties: { QueueName: !Sub '\${Env}-events' }
  Audit:
    Type: AWS::SQS::Queue
    Properties: { QueueName: audit }
  Guard:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Sub 'https://sqs.\${AWS::Region}.amazonaws.com/\${AWS::AccountId}/orders'
        - !Sub 'https://sqs.\${AWS::Region}.\${AWS::URLSuffix}/\${AWS::AccountId}/\${Env}-events'
        - !Sub 'https://sqs.\${AWS::Region}.amazonaws.com/444455556666/audit'
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 'sqs:*'
            Resource: '*'
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }
`,
    expect: {
      Orders: { status: 'COMPLIANT', messageId: 'enforced' },
      Events: { status: 'COMPLIANT', messageId: 'enforced' },
      Audit: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
      'Guard#Queues[2]': { status: 'COMPLIANT', messageId: 'enforced' },
    },
  },
  {
    name: 'hcl: queue policies on queues the configuration does not declare (a literal URL, a data source)',
    hcl: `
data "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = data.aws_sqs_queue.events.url
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = data.aws_sqs_queue.events.arn
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/orders"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = "*" }]
  })
}
`,
    expect: {
      'aws_sqs_queue_policy.events#Queues[0]': { status: 'COMPLIANT', messageId: 'enforced' },
      'aws_sqs_queue_policy.orders#Queues[0]': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
    },
  },
  {
    name: 'plan: a queue policy with the TLS deny on an existing queue',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created(
          'aws_sqs_queue_policy.orders',
          { queue_url: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}' },
          { id: true },
        ),
      ],
    },
    expect: { 'aws_sqs_queue_policy.orders#Queues[0]': { status: 'COMPLIANT', messageId: 'enforced' } },
  },
] satisfies RuleCase[];
