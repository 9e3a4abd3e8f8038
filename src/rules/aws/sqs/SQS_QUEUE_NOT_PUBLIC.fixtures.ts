import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'queue open to everyone, and a queue without a policy',
    template: `
Resources:
  Inbox:
    Type: AWS::SQS::Queue
  Private:
    Type: AWS::SQS::Queue
  InboxPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Inbox]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: AnyoneCanSend
            Effect: Allow
            Principal: "*"
            Action: [sqs:SendMessage, sqs:ReceiveMessage]
            Resource: !GetAtt Inbox.Arn
`,
    expect: {
      Inbox: { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: '"AnyoneCanSend" of queue policy InboxPolicy' },
      Private: 'COMPLIANT',
    },
  },
  {
    name: 'named principals: a service, an account, a role',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!GetAtt Queue.QueueUrl]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: events.amazonaws.com }
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
          - Effect: Allow
            Principal: { AWS: ["111122223333", "arn:aws:iam::444455556666:role/consumer"] }
            Action: sqs:*
            Resource: "*"
`,
    expect: { Queue: 'COMPLIANT' },
  },
  {
    name: 'everyone, restricted by source topic, account or organisation',
    template: `
Resources:
  Topic:
    Type: AWS::SNS::Topic
  BySource:
    Type: AWS::SQS::Queue
  ByAccount:
    Type: AWS::SQS::Queue
  ByOrg:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref BySource, !Ref ByAccount, !Ref ByOrg]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: sqs:SendMessage
            Resource: !GetAtt BySource.Arn
            Condition:
              ArnEquals: { "aws:SourceArn": !Ref Topic }
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt ByAccount.Arn
            Condition:
              StringEquals: { "aws:SourceAccount": !Ref AWS::AccountId }
          - Effect: Allow
            Principal: "*"
            Action: sqs:ReceiveMessage
            Resource: !GetAtt ByOrg.Arn
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 }
`,
    expect: { BySource: 'COMPLIANT', ByAccount: 'COMPLIANT', ByOrg: 'COMPLIANT' },
  },
  {
    name: 'conditions that do not restrict: IfExists, wildcard ARN, unrelated key, NotPrincipal',
    template: `
Resources:
  IfExists:
    Type: AWS::SQS::Queue
  Wildcard:
    Type: AWS::SQS::Queue
  Unrelated:
    Type: AWS::SQS::Queue
  AllBut:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref IfExists, !Ref Wildcard, !Ref Unrelated, !Ref AllBut]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt IfExists.Arn
            Condition:
              StringEqualsIfExists: { "aws:SourceAccount": "111122223333" }
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Wildcard.Arn
            Condition:
              ArnLike: { "aws:SourceArn": "arn:aws:sns:*:*:*" }
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Unrelated.Arn
            Condition:
              Bool: { "aws:SecureTransport": "true" }
          - Effect: Allow
            NotPrincipal: { AWS: arn:aws:iam::111122223333:root }
            Action: sqs:SendMessage
            Resource: !GetAtt AllBut.Arn
`,
    expect: {
      IfExists: { status: 'NON_COMPLIANT', messageId: 'public' },
      Wildcard: { status: 'NON_COMPLIANT', messageId: 'public' },
      Unrelated: { status: 'NON_COMPLIANT', messageId: 'public' },
      AllBut: { status: 'NON_COMPLIANT', messageId: 'public' },
    },
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
      PolicyDocument: !ImportValue shared-queue-policy
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'principal from a parameter default, and from an undecidable Fn::If',
    template: `
Parameters:
  Consumer: { Type: String, Default: "*" }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  FromParameter:
    Type: AWS::SQS::Queue
  Undecided:
    Type: AWS::SQS::Queue
  ParameterPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref FromParameter]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: !Ref Consumer }
            Action: sqs:ReceiveMessage
            Resource: !GetAtt FromParameter.Arn
  UndecidedPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Undecided]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: !If [InUsEast1, "*", { AWS: "111122223333" }]
            Action: sqs:ReceiveMessage
            Resource: !GetAtt Undecided.Arn
`,
    expect: {
      FromParameter: { status: 'NON_COMPLIANT', messageId: 'public' },
      Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'policy attached by literal URL (Sub), by mapping-chosen condition, and an inline policy',
    inputs: { region: 'eu-west-1', accountId: '111122223333', parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Partners:
    prod: { Account: "444455556666" }
    dev: { Account: "*" }
Resources:
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub \${Env}-orders
  Audit:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: audit
  OrdersPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - !Sub https://sqs.\${AWS::Region}.amazonaws.com/\${AWS::AccountId}/\${Env}-orders
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !Sub arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:\${Env}-orders
            Condition:
              StringLike: { "aws:SourceAccount": !FindInMap [Partners, !Ref Env, Account] }
  AuditPolicy:
    Type: AWS::SQS::QueueInlinePolicy
    Properties:
      Queue: !Ref Audit
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: !If [IsProd, "*", { AWS: "111122223333" }]
            Action: sqs:SendMessage
            Resource: !GetAtt Audit.Arn
`,
    expect: {
      Orders: 'COMPLIANT',
      Audit: { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: 'AuditPolicy' },
    },
  },
  {
    name: 'a policy shared by two queues opens only the one its statement names',
    template: `
Resources:
  Public:
    Type: AWS::SQS::Queue
  Internal:
    Type: AWS::SQS::Queue
  Shared:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Public, !Ref Internal]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Public.Arn
          - Effect: Allow
            Principal: { AWS: "111122223333" }
            Action: sqs:*
            Resource: !GetAtt Internal.Arn
`,
    expect: { Public: { status: 'NON_COMPLIANT', messageId: 'public' }, Internal: 'COMPLIANT' },
  },
  {
    name: 'source ARN built by Sub around a resource reference is not known',
    template: `
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: s3.amazonaws.com }
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
            Condition:
              ArnLike: { "aws:SourceArn": !Sub "arn:aws:s3:::\${Uploads}" }
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'a restricting value known only at deployment restricts; one that may be AWS::NoValue is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Imported:
    Type: AWS::SQS::Queue
  Maybe:
    Type: AWS::SQS::Queue
  SharedPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Imported, !Ref Maybe]
      PolicyDocument:
        Statement:
          - Sid: FromPartnerAccount
            Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Imported.Arn
            Condition:
              StringEquals: { "aws:SourceAccount": !ImportValue partner-account-id }
          - Sid: FromRegionalAccount
            Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Maybe.Arn
            Condition:
              StringEquals: { "aws:SourceAccount": !If [InUsEast1, "111122223333", !Ref AWS::NoValue] }
`,
    expect: {
      Imported: 'COMPLIANT',
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'InUsEast1' },
    },
  },
  {
    name: 'a public policy created only under an undecidable condition is not certain; an unconditional one still fails',
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
          - Sid: AnyoneCanSend
            Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Resource: !GetAtt Regional.Arn
  Open:
    Type: AWS::SQS::Queue
  OpenConditional:
    Type: AWS::SQS::QueueInlinePolicy
    Condition: InUsEast1
    Properties:
      Queue: !Ref Open
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: "*", Action: sqs:SendMessage, Resource: "*" }
  OpenAlways:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Open]
      PolicyDocument:
        Statement:
          - { Sid: AnyoneCanReceive, Effect: Allow, Principal: "*", Action: sqs:ReceiveMessage, Resource: "*" }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'RegionalPolicy is created only when condition InUsEast1 holds' },
      Open: { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: 'OpenAlways' },
    },
  },
  // Terraform (HCL): aws_sqs_queue_policy, or the queue's own `policy` argument.
  {
    name: 'an Allow that names no principal is one SQS refuses: not known, never compliant',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Principal' } },
  },
  {
    name: 'hcl: a queue policy statement without a principal',
    hcl: `
resource "aws_sqs_queue" "q" {
  name = "no-principal"
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sqs:*", Resource = "*" }]
  })
}
`,
    expect: { 'aws_sqs_queue.q': { status: 'INSUFFICIENT_DATA', messageIncludes: 'Principal' } },
  },
  {
    name: 'hcl: an open aws_sqs_queue_policy, an open inline policy, a restricted policy, a queue without',
    hcl: `
resource "aws_sqs_queue" "inbox" {
  name = "example-inbox"
}

resource "aws_sqs_queue_policy" "inbox" {
  queue_url = aws_sqs_queue.inbox.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneCanSend"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["sqs:SendMessage", "sqs:ReceiveMessage"]
      Resource  = "*"
    }]
  })
}

resource "aws_sqs_queue" "inline" {
  name = "example-inline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OpenToAll"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sqs:*"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:example-inline"
    }]
  })
}

resource "aws_sqs_queue" "events" {
  name = "example-events"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.url
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:example-events"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:us-east-1:111122223333:example-topic" } }
    }]
  })
}

resource "aws_sqs_queue" "private" {
  name = "example-private"
}
`,
    expect: {
      'aws_sqs_queue.inbox': { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: '"AnyoneCanSend" of queue policy aws_sqs_queue_policy.inbox' },
      'aws_sqs_queue.inline': { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: 'aws_sqs_queue.inline#policy' },
      'aws_sqs_queue.events': { status: 'COMPLIANT', messageId: 'notPublic' },
      'aws_sqs_queue.private': { status: 'COMPLIANT', messageId: 'notPublic' },
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

resource "aws_sns_topic" "alerts" {
  name = "example-alerts"
}

resource "aws_sqs_queue" "alerts" {
  name = "example-alerts"
}

resource "aws_sqs_queue_policy" "alerts" {
  queue_url = aws_sqs_queue.alerts.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.alerts.arn
    }]
  })
}

module "workers" {
  source = "./modules/workers"
  queues = {
    jobs    = "111122223333"
    results = "*"
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
      Effect    = "Allow"
      Principal = { AWS = each.value }
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
`,
    },
    expect: {
      'aws_sqs_queue.shared': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      // Only the Resource is known after apply, and it is this queue's ARN: the literal Principal and Action decide.
      'aws_sqs_queue.alerts': { status: 'NON_COMPLIANT', messageId: 'public' },
      'module.workers.aws_sqs_queue.this["jobs"]': 'COMPLIANT',
      'module.workers.aws_sqs_queue.this["results"]': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'hcl: awscc_sqs_queue with an open awscc_sqs_queue_policy, and one without',
    hcl: `
resource "awscc_sqs_queue" "open" {
  queue_name = "example-awscc-open"
}

resource "awscc_sqs_queue_policy" "open" {
  queues = [awscc_sqs_queue.open.queue_url]
  policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}

resource "awscc_sqs_queue" "closed" {
  queue_name = "example-awscc-closed"
}
`,
    expect: {
      'awscc_sqs_queue.open': { status: 'NON_COMPLIANT', messageId: 'public' },
      'awscc_sqs_queue.closed': 'COMPLIANT',
    },
  },
  // Terraform plan JSON: a new queue's URL is known only after apply; the configuration's references link its policy.
  {
    name: 'plan: an open queue policy linked by reference, a restricted one, a policy known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_sqs_queue.inbox', mode: 'managed', type: 'aws_sqs_queue', name: 'inbox', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-inbox', fifo_queue: false, delay_seconds: 0, message_retention_seconds: 345600, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue_policy.inbox', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'inbox', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { policy: '{"Statement":[{"Action":["sqs:SendMessage","sqs:ReceiveMessage"],"Effect":"Allow","Principal":"*","Resource":"*","Sid":"AnyoneCanSend"}],"Version":"2012-10-17"}' },
            after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_sqs_queue.events', mode: 'managed', type: 'aws_sqs_queue', name: 'events', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'example-events', fifo_queue: false, tags: null }, after_unknown: { arn: true, id: true, url: true, tags_all: true, sqs_managed_sse_enabled: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_sqs_queue_policy.events', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'events', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { policy: '{"Statement":[{"Action":"sqs:SendMessage","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}},"Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Resource":"*"},{"Action":"sqs:SendMessage","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:sns:us-east-1:111122223333:example-*"}},"Effect":"Allow","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}' },
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
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.inbox', mode: 'managed', type: 'aws_sqs_queue', name: 'inbox', expressions: { name: { constant_value: 'example-inbox' } } },
            { address: 'aws_sqs_queue_policy.inbox', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'inbox', expressions: { queue_url: { references: ['aws_sqs_queue.inbox.id', 'aws_sqs_queue.inbox'] }, policy: {} } },
            { address: 'aws_sqs_queue.events', mode: 'managed', type: 'aws_sqs_queue', name: 'events', expressions: { name: { constant_value: 'example-events' } } },
            { address: 'aws_sqs_queue_policy.events', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'events', expressions: { queue_url: { references: ['aws_sqs_queue.events.url', 'aws_sqs_queue.events'] }, policy: {} } },
            { address: 'aws_sqs_queue.pending', mode: 'managed', type: 'aws_sqs_queue', name: 'pending', expressions: { name: { constant_value: 'example-pending' } } },
            {
              address: 'aws_sqs_queue_policy.pending', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'pending',
              expressions: { queue_url: { references: ['aws_sqs_queue.pending.id', 'aws_sqs_queue.pending'] }, policy: { references: ['aws_sqs_queue.pending.arn', 'aws_sqs_queue.pending'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_sqs_queue.inbox': { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: '"AnyoneCanSend" of queue policy aws_sqs_queue_policy.inbox' },
      'aws_sqs_queue.events': { status: 'COMPLIANT', messageId: 'notPublic' },
      'aws_sqs_queue.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: an existing queue with an open inline policy, a policy matched by literal URL, count queues in a module, awscc',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_sqs_queue.legacy', mode: 'managed', type: 'aws_sqs_queue', name: 'legacy', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', arn: 'arn:aws:sqs:us-east-1:111122223333:example-legacy', name: 'example-legacy', policy: '', tags: null },
            after: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-legacy', arn: 'arn:aws:sqs:us-east-1:111122223333:example-legacy', name: 'example-legacy', policy: '{"Version":"2012-10-17","Statement":[{"Sid":"Everyone","Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:111122223333:example-legacy"}]}', tags: null },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_sqs_queue.literal', mode: 'managed', type: 'aws_sqs_queue', name: 'literal', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['no-op'],
            before: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-literal', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-literal', arn: 'arn:aws:sqs:us-east-1:111122223333:example-literal', name: 'example-literal', policy: '', tags: null },
            after: { id: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-literal', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-literal', arn: 'arn:aws:sqs:us-east-1:111122223333:example-literal', name: 'example-literal', policy: '', tags: null },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_sqs_queue_policy.literal', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'literal', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { queue_url: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-literal', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:111122223333:example-literal"}]}' },
            after_unknown: { id: true }, before_sensitive: false, after_sensitive: {},
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
          change: { actions: ['create'], before: null, after: { policy: '{"Statement":[{"Action":"sqs:SendMessage","Effect":"Allow","Principal":{"AWS":"111122223333"},"Resource":"*"}],"Version":"2012-10-17"}' }, after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.workers.aws_sqs_queue_policy.this[1]', module_address: 'module.workers', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'this', index: 1, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { policy: '{"Statement":[{"Action":"sqs:SendMessage","Effect":"Allow","Principal":{"AWS":"*"},"Resource":"*"}],"Version":"2012-10-17"}' }, after_unknown: { id: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'awscc_sqs_queue.open', mode: 'managed', type: 'awscc_sqs_queue', name: 'open', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: { actions: ['create'], before: null, after: { queue_name: 'example-awscc-open' }, after_unknown: { arn: true, id: true, queue_url: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'awscc_sqs_queue_policy.open', mode: 'managed', type: 'awscc_sqs_queue_policy', name: 'open', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['create'], before: null,
            after: { policy_document: '{"Statement":[{"Action":"sqs:SendMessage","Effect":"Allow","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}', queues: [null] },
            after_unknown: { id: true, queues: [true] }, before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.legacy', mode: 'managed', type: 'aws_sqs_queue', name: 'legacy', expressions: { name: { constant_value: 'example-legacy' }, policy: {} } },
            { address: 'aws_sqs_queue.literal', mode: 'managed', type: 'aws_sqs_queue', name: 'literal', expressions: { name: { constant_value: 'example-literal' } } },
            { address: 'aws_sqs_queue_policy.literal', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'literal', expressions: { queue_url: { constant_value: 'https://sqs.us-east-1.amazonaws.com/111122223333/example-literal' }, policy: {} } },
            { address: 'awscc_sqs_queue.open', mode: 'managed', type: 'awscc_sqs_queue', name: 'open', provider_config_key: 'awscc', expressions: { queue_name: { constant_value: 'example-awscc-open' } } },
            { address: 'awscc_sqs_queue_policy.open', mode: 'managed', type: 'awscc_sqs_queue_policy', name: 'open', provider_config_key: 'awscc', expressions: { queues: { references: ['awscc_sqs_queue.open.queue_url', 'awscc_sqs_queue.open'] }, policy_document: {} } },
          ],
          module_calls: {
            workers: {
              source: './modules/workers',
              module: {
                resources: [
                  { address: 'aws_sqs_queue.this', mode: 'managed', type: 'aws_sqs_queue', name: 'this', expressions: { name: { references: ['count.index'] } }, count_expression: { constant_value: 2 } },
                  { address: 'aws_sqs_queue_policy.this', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'this', expressions: { queue_url: { references: ['aws_sqs_queue.this', 'count.index'] }, policy: { references: ['var.principals', 'count.index'] } }, count_expression: { constant_value: 2 } },
                ],
              },
            },
          },
        },
      },
    },
    expect: {
      'aws_sqs_queue.legacy': { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: '"Everyone"' },
      'aws_sqs_queue.literal': 'COMPLIANT',
      'module.workers.aws_sqs_queue.this[0]': 'COMPLIANT',
      'module.workers.aws_sqs_queue.this[1]': { status: 'NON_COMPLIANT', messageId: 'public' },
      'awscc_sqs_queue.open': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  // Queue policies on queues the input does not declare: the policy is the queue's whole policy.
  {
    name: 'queue policies on queues the template does not declare: open to everyone, restricted, and a !Sub JSON policy',
    template: `
Resources:
  OpenOrders:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/123456789012/orders]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: 'sqs:*'
            Resource: arn:aws:sqs:us-east-1:123456789012:orders
  RestrictedEvents:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!ImportValue shared-events-queue-url]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: '*' }
            Action: 'sqs:SendMessage'
            Resource: '*'
            Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:events' } }
  Jobs:
    Type: AWS::SQS::Queue
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Jobs]
      PolicyDocument: !Sub '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "\${Jobs.Arn}"}]}'
`,
    expect: {
      'OpenOrders#Queues[0]': { status: 'NON_COMPLIANT', messageId: 'public', messageIncludes: 'queue policy OpenOrders' },
      'RestrictedEvents#Queues[0]': { status: 'COMPLIANT', messageId: 'notPublic' },
      Jobs: { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'hcl: queue policies on queues the configuration does not declare (a literal URL, a data source); a heredoc policy with the queue ARN inside',
    hcl: `
data "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/orders"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:*", Resource = "arn:aws:sqs:us-east-1:123456789012:orders" }]
  })
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = data.aws_sqs_queue.events.url
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sqs:SendMessage", Resource = data.aws_sqs_queue.events.arn }]
  })
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sqs:SendMessage",
        "Resource": "\${aws_sqs_queue.jobs.arn}",
        "Condition": { "StringEquals": { "aws:SourceAccount": "123456789012" } }
      }]
    }
  EOT
}
`,
    expect: {
      'aws_sqs_queue_policy.orders#Queues[0]': { status: 'NON_COMPLIANT', messageId: 'public' },
      // The Resource is the data source's queue: the literal Principal and Action decide.
      'aws_sqs_queue_policy.events#Queues[0]': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_sqs_queue.jobs': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a queue policy on an existing queue, and one from a policy document read after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_sqs_queue_policy.orders', { queue_url: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:123456789012:orders"}]}' }, { id: true }),
        created('aws_sqs_queue.jobs', { name: 'jobs', fifo_queue: false }, { id: true, arn: true, url: true, policy: true }),
        {
          address: 'data.aws_iam_policy_document.jobs', mode: 'data', type: 'aws_iam_policy_document', name: 'jobs', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['read'], before: null,
            after: { statement: [{ actions: ['sqs:*'], condition: [], effect: 'Allow', not_actions: [], not_principals: [], not_resources: [], principals: [{ identifiers: ['*'], type: '*' }], sid: '' }] },
            after_unknown: { id: true, json: true, minified_json: true, statement: [{ actions: [false], condition: [], not_actions: [], not_principals: [], not_resources: [], principals: [{ identifiers: [false] }], resources: true }] },
          },
        },
        created('aws_sqs_queue_policy.jobs', {}, { id: true, policy: true, queue_url: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.jobs', mode: 'managed', type: 'aws_sqs_queue', name: 'jobs', expressions: { name: { constant_value: 'jobs' } } },
            {
              address: 'aws_sqs_queue_policy.jobs', mode: 'managed', type: 'aws_sqs_queue_policy', name: 'jobs',
              expressions: { queue_url: { references: ['aws_sqs_queue.jobs.id', 'aws_sqs_queue.jobs'] }, policy: { references: ['data.aws_iam_policy_document.jobs.json', 'data.aws_iam_policy_document.jobs'] } },
            },
            {
              address: 'data.aws_iam_policy_document.jobs', mode: 'data', type: 'aws_iam_policy_document', name: 'jobs',
              expressions: { statement: [{ actions: { constant_value: ['sqs:*'] }, principals: [{ type: { constant_value: '*' }, identifiers: { constant_value: ['*'] } }], resources: { references: ['aws_sqs_queue.jobs.arn', 'aws_sqs_queue.jobs'] } }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_sqs_queue_policy.orders#Queues[0]': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_sqs_queue.jobs': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
] satisfies RuleCase[];
