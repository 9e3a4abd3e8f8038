import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'all four settings on, and settings given as strings',
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
  Quoted:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: "true"
        BlockPublicPolicy: "True"
        IgnorePublicAcls: "true"
        RestrictPublicBuckets: "true"
`,
    expect: { Data: 'COMPLIANT', Quoted: 'COMPLIANT' },
  },
  {
    name: 'no PublicAccessBlockConfiguration',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'missing' } },
  },
  {
    name: 'one setting off, one left out',
    template: `
Resources:
  Website:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: false
        IgnorePublicAcls: true
`,
    expect: {
      Website: {
        status: 'NON_COMPLIANT',
        messageId: 'flagOff',
        path: ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'],
        messageIncludes: 'RestrictPublicBuckets',
      },
    },
  },
  {
    name: 'setting from an unresolved import',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: !ImportValue org-block-public-policy
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag', path: ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'] } },
  },
  {
    name: 'an unknown setting does not hide a known one that is off',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        BlockPublicPolicy: !ImportValue org-block-public-policy
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'BlockPublicAcls'] } },
  },
  {
    name: 'settings from a parameter default and a mapping',
    template: `
Parameters:
  BlockPublic:
    Type: String
    AllowedValues: ["true", "false"]
    Default: "true"
  Env:
    Type: String
    Default: prod
Mappings:
  Exposure:
    prod: { Restrict: "true" }
    sandbox: { Restrict: "false" }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: !Ref BlockPublic
        BlockPublicPolicy: !Ref BlockPublic
        IgnorePublicAcls: !Ref BlockPublic
        RestrictPublicBuckets: !FindInMap [Exposure, !Ref Env, Restrict]
`,
    expect: { Bucket: 'COMPLIANT' },
  },
  {
    name: 'mapping lookup that opens the bucket in a sandbox',
    inputs: { parameters: { Env: 'sandbox' } },
    template: `
Parameters:
  Env:
    Type: String
    Default: prod
Mappings:
  Exposure:
    prod: { Restrict: "true" }
    sandbox: { Restrict: "false" }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: !FindInMap [Exposure, !Ref Env, Restrict]
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'RestrictPublicBuckets'] } },
  },
  {
    name: 'whole configuration chosen by a decidable and an undecidable Fn::If',
    inputs: { parameters: { Public: 'no' } },
    template: `
Parameters:
  Public: { Type: String, Default: "yes" }
Conditions:
  IsPublic: !Equals [!Ref Public, "yes"]
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Decided:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: !If
        - IsPublic
        - !Ref AWS::NoValue
        - BlockPublicAcls: true
          BlockPublicPolicy: true
          IgnorePublicAcls: true
          RestrictPublicBuckets: true
  Undecided:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: !If
        - InUsEast1
        - !Ref AWS::NoValue
        - BlockPublicAcls: true
          BlockPublicPolicy: true
          IgnorePublicAcls: true
          RestrictPublicBuckets: true
`,
    expect: { Decided: 'COMPLIANT', Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag' } },
  },
  {
    name: 'excludedPublicBuckets exempts a named bucket, by literal name and by Sub',
    params: { excludedPublicBuckets: 'www.example.com, assets-prod' },
    template: `
Parameters:
  Stage: { Type: String, Default: prod }
Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: www.example.com
      WebsiteConfiguration: { IndexDocument: index.html }
  Assets:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub assets-\${Stage}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        BlockPublicPolicy: false
        IgnorePublicAcls: false
        RestrictPublicBuckets: false
  Other:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: reports-prod
`,
    expect: {
      Site: { status: 'COMPLIANT', messageId: 'excluded' },
      Assets: { status: 'COMPLIANT', messageId: 'excluded' },
      Other: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'excludedPublicBuckets with a name that is only known at deploy time',
    params: { excludedPublicBuckets: ['www.example.com'] },
    template: `
Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub www.\${AWS::AccountId}.example.com
  Generated:
    Type: AWS::S3::Bucket
  Closed:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub logs-\${AWS::AccountId}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
    expect: {
      Site: { status: 'INSUFFICIENT_DATA', messageId: 'unknownName', path: ['BucketName'] },
      Generated: { status: 'NON_COMPLIANT', messageId: 'missing' },
      Closed: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
