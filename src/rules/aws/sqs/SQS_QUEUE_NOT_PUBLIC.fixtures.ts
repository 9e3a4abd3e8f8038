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
] satisfies RuleCase[];
