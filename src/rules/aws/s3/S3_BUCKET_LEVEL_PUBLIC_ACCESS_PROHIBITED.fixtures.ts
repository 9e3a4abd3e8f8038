import { created } from '../../plan-fixtures.js';
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
  {
    name: 'settings and bucket names read from a nested stack with Fn::GetAtt, with excludedPublicBuckets',
    params: { excludedPublicBuckets: ['www.example.com'] },
    template: `
Resources:
  Guardrails:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/s3-guardrails.yaml
  PolicyFlagFromStack:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: !GetAtt Guardrails.Outputs.BlockPublicPolicy
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
  KnownFlagOff:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: reports-prod
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets:
          Fn::GetAtt: [Guardrails, Outputs.RestrictPublicBuckets]
  SiteNamedByStack:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !GetAtt Guardrails.Outputs.SiteBucketName
      WebsiteConfiguration: { IndexDocument: index.html }
  BlockedNamedByStack:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !GetAtt Guardrails.Outputs.DataBucketName
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
    expect: {
      PolicyFlagFromStack: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag', path: ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'], messageIncludes: 'Guardrails.Outputs.BlockPublicPolicy' },
      KnownFlagOff: { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'BlockPublicAcls'] },
      SiteNamedByStack: { status: 'INSUFFICIENT_DATA', messageId: 'unknownName', path: ['BucketName'], messageIncludes: 'Guardrails.Outputs.SiteBucketName' },
      BlockedNamedByStack: { status: 'COMPLIANT', messageId: 'blocked' },
    },
  },
  // Terraform (HCL): the public access block is a separate resource merged into its bucket.
  {
    name: 'hcl: aws_s3_bucket_public_access_block merged into its bucket; a bucket without, one with a flag off',
    hcl: `
resource "aws_s3_bucket" "closed" {
  bucket = "example-closed"
}

resource "aws_s3_bucket_public_access_block" "closed" {
  bucket                  = aws_s3_bucket.closed.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "open" {
  bucket = "example-open"
}

resource "aws_s3_bucket" "partial" {
  bucket = "example-partial"
}

resource "aws_s3_bucket_public_access_block" "partial" {
  bucket                  = aws_s3_bucket.partial.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
    expect: {
      'aws_s3_bucket.closed': { status: 'COMPLIANT', messageId: 'blocked' },
      'aws_s3_bucket.open': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_s3_bucket.partial': { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'] },
    },
  },
  {
    name: 'hcl: for_each buckets, a flag left out (false), and a module whose flag comes from a variable without a value',
    hcl: {
      'main.tf': `
locals {
  buckets = {
    raw     = true
    curated = false
  }
}

resource "aws_s3_bucket" "lake" {
  for_each = local.buckets
  bucket   = "example-lake-\${each.key}"
}

resource "aws_s3_bucket_public_access_block" "lake" {
  for_each                = local.buckets
  bucket                  = aws_s3_bucket.lake[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = each.value
}

module "site" {
  source = "./modules/site"
}
`,
      'modules/site/main.tf': `
variable "restrict" {
  type = bool
}

resource "aws_s3_bucket" "this" {
  bucket = "example-site"
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.restrict
}
`,
    },
    expect: {
      'aws_s3_bucket.lake["raw"]': 'COMPLIANT',
      'aws_s3_bucket.lake["curated"]': { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'RestrictPublicBuckets'] },
      'module.site.aws_s3_bucket.this': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag', path: ['PublicAccessBlockConfiguration', 'RestrictPublicBuckets'] },
    },
  },
  {
    name: 'hcl: an excluded public bucket; an unknown name with a missing block is not known',
    params: { excludedPublicBuckets: ['example-public-site'] },
    hcl: `
resource "aws_s3_bucket" "site" {
  bucket = "example-public-site"
}

resource "aws_s3_bucket" "generated" {
  bucket_prefix = "example-"
}

resource "aws_s3_bucket" "imported" {
  bucket = data.aws_ssm_parameter.bucket_name.value
}
`,
    expect: {
      'aws_s3_bucket.site': { status: 'COMPLIANT', messageId: 'excluded' },
      'aws_s3_bucket.generated': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_s3_bucket.imported': { status: 'INSUFFICIENT_DATA', messageId: 'unknownName' },
    },
  },
  {
    name: 'hcl: awscc_s3_bucket with public_access_block_configuration',
    hcl: `
resource "awscc_s3_bucket" "closed" {
  bucket_name = "example-awscc-closed"
  public_access_block_configuration = {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}

resource "awscc_s3_bucket" "open" {
  bucket_name = "example-awscc-open"
  public_access_block_configuration = {
    block_public_acls       = false
    block_public_policy     = false
    ignore_public_acls      = false
    restrict_public_buckets = false
  }
}
`,
    expect: {
      'awscc_s3_bucket.closed': 'COMPLIANT',
      'awscc_s3_bucket.open': { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'BlockPublicAcls'] },
    },
  },
  // Terraform plan JSON: the bucket id is known only after apply; the configuration's references link the block.
  {
    name: 'plan: public access blocks linked by reference; a bucket without; a flag known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.closed', mode: 'managed', type: 'aws_s3_bucket', name: 'closed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-closed', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { acceleration_status: true, acl: true, arn: true, bucket_domain_name: true, id: true, policy: true, region: true, server_side_encryption_configuration: true, tags_all: true, versioning: true }, before_sensitive: false, after_sensitive: { server_side_encryption_configuration: [], tags_all: {}, versioning: [] } },
        },
        {
          address: 'aws_s3_bucket_public_access_block.closed', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'closed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true, expected_bucket_owner: null }, after_unknown: { bucket: true, id: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.open', mode: 'managed', type: 'aws_s3_bucket', name: 'open', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-open', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { acl: true, arn: true, id: true, policy: true, server_side_encryption_configuration: true, tags_all: true, versioning: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-pending', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { acl: true, arn: true, id: true, policy: true, server_side_encryption_configuration: true, tags_all: true, versioning: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_public_access_block.pending', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, expected_bucket_owner: null }, after_unknown: { bucket: true, id: true, restrict_public_buckets: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.closed', mode: 'managed', type: 'aws_s3_bucket', name: 'closed', provider_config_key: 'aws', expressions: { bucket: { constant_value: 'example-closed' } }, schema_version: 0 },
            {
              address: 'aws_s3_bucket_public_access_block.closed', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'closed', provider_config_key: 'aws', schema_version: 0,
              expressions: { bucket: { references: ['aws_s3_bucket.closed.id', 'aws_s3_bucket.closed'] }, block_public_acls: { constant_value: true }, block_public_policy: { constant_value: true }, ignore_public_acls: { constant_value: true }, restrict_public_buckets: { constant_value: true } },
            },
            { address: 'aws_s3_bucket.open', mode: 'managed', type: 'aws_s3_bucket', name: 'open', provider_config_key: 'aws', expressions: { bucket: { constant_value: 'example-open' } }, schema_version: 0 },
            { address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', provider_config_key: 'aws', expressions: { bucket: { constant_value: 'example-pending' } }, schema_version: 0 },
            {
              address: 'aws_s3_bucket_public_access_block.pending', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'pending', provider_config_key: 'aws', schema_version: 0,
              expressions: { bucket: { references: ['aws_s3_bucket.pending.id', 'aws_s3_bucket.pending'] }, block_public_acls: { constant_value: true }, block_public_policy: { constant_value: true }, ignore_public_acls: { constant_value: true }, restrict_public_buckets: { references: ['data.aws_ssm_parameter.restrict.value', 'data.aws_ssm_parameter.restrict'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.closed': { status: 'COMPLIANT', messageId: 'blocked' },
      'aws_s3_bucket.open': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_s3_bucket.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag', path: ['PublicAccessBlockConfiguration', 'RestrictPublicBuckets'] },
    },
  },
  {
    name: 'plan: count buckets in a module, a block matched by literal bucket name on update',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'module.store.aws_s3_bucket.this[0]', module_address: 'module.store', mode: 'managed', type: 'aws_s3_bucket', name: 'this', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-store-0', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true, versioning: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.store.aws_s3_bucket.this[1]', module_address: 'module.store', mode: 'managed', type: 'aws_s3_bucket', name: 'this', index: 1, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-store-1', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true, versioning: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.store.aws_s3_bucket_public_access_block.this[0]', module_address: 'module.store', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'this', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true, expected_bucket_owner: null }, after_unknown: { bucket: true, id: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'module.store.aws_s3_bucket_public_access_block.this[1]', module_address: 'module.store', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'this', index: 1, provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false, expected_bucket_owner: null }, after_unknown: { bucket: true, id: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.legacy', mode: 'managed', type: 'aws_s3_bucket', name: 'legacy', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-legacy', id: 'example-legacy', arn: 'arn:aws:s3:::example-legacy', force_destroy: false, tags: { team: 'a' }, tags_all: { team: 'a' } },
            after: { bucket: 'example-legacy', id: 'example-legacy', arn: 'arn:aws:s3:::example-legacy', force_destroy: false, tags: { team: 'b' }, tags_all: { team: 'b' } },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket_public_access_block.legacy', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'legacy', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['no-op'],
            before: { bucket: 'example-legacy', id: 'example-legacy', block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true, expected_bucket_owner: '' },
            after: { bucket: 'example-legacy', id: 'example-legacy', block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true, expected_bucket_owner: '' },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.legacy', mode: 'managed', type: 'aws_s3_bucket', name: 'legacy', expressions: { bucket: { constant_value: 'example-legacy' } } },
            { address: 'aws_s3_bucket_public_access_block.legacy', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'legacy', expressions: { bucket: { constant_value: 'example-legacy' } } },
          ],
          module_calls: {
            store: {
              source: './modules/store',
              module: {
                resources: [
                  { address: 'aws_s3_bucket.this', mode: 'managed', type: 'aws_s3_bucket', name: 'this', expressions: { bucket: { references: ['count.index'] } }, count_expression: { constant_value: 2 } },
                  {
                    address: 'aws_s3_bucket_public_access_block.this', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'this', count_expression: { constant_value: 2 },
                    expressions: { bucket: { references: ['aws_s3_bucket.this', 'count.index'] }, block_public_acls: { references: ['var.block'] }, block_public_policy: { references: ['var.block'] }, ignore_public_acls: { references: ['var.block'] }, restrict_public_buckets: { references: ['var.block'] } },
                  },
                ],
              },
            },
          },
        },
      },
    },
    expect: {
      'module.store.aws_s3_bucket.this[0]': 'COMPLIANT',
      'module.store.aws_s3_bucket.this[1]': { status: 'NON_COMPLIANT', messageId: 'flagOff' },
      'aws_s3_bucket.legacy': 'COMPLIANT',
    },
  },
  {
    name: 'plan: awscc_s3_bucket with public_access_block_configuration',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'awscc_s3_bucket.closed', mode: 'managed', type: 'awscc_s3_bucket', name: 'closed', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: { actions: ['create'], before: null, after: { bucket_name: 'example-awscc-closed', public_access_block_configuration: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true } }, after_unknown: { arn: true, id: true, bucket_encryption: true, domain_name: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'awscc_s3_bucket.website', mode: 'managed', type: 'awscc_s3_bucket', name: 'website', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: { actions: ['create'], before: null, after: { bucket_name: 'example-awscc-website', public_access_block_configuration: { block_public_acls: true, block_public_policy: false, ignore_public_acls: true, restrict_public_buckets: false } }, after_unknown: { arn: true, id: true, bucket_encryption: true, domain_name: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
    },
    expect: {
      'awscc_s3_bucket.closed': 'COMPLIANT',
      'awscc_s3_bucket.website': { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlockConfiguration', 'BlockPublicPolicy'] },
    },
  },
  // Buckets the input does not declare: a public access block attached to one decides; a bucket policy alone does not.
  {
    name: 'a bucket policy on a bucket the template does not declare: its public access block is not known',
    template: `
Resources:
  PartnerReads:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: existing-reports
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::111122223333:root }, Action: 's3:GetObject', Resource: arn:aws:s3:::existing-reports/* }] }
`,
    expect: { 'PartnerReads#Bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag', messageIncludes: 'bucket existing-reports is not declared in this input' } },
  },
  {
    name: 'hcl: public access blocks on buckets the configuration does not declare',
    hcl: `
variable "reports_bucket" { type = string }

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = var.reports_bucket
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "website" {
  bucket              = "existing-website"
  block_public_acls   = true
  block_public_policy = false
}
`,
    expect: {
      'aws_s3_bucket_public_access_block.reports': { status: 'COMPLIANT', messageId: 'blocked' },
      'aws_s3_bucket_public_access_block.website': { status: 'NON_COMPLIANT', messageId: 'flagOff', messageIncludes: 'BlockPublicPolicy' },
    },
  },
  {
    name: 'plan: a public access block on an existing bucket',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_s3_bucket_public_access_block.website', { bucket: 'existing-website', block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false }, { id: true }),
      ],
    },
    expect: { 'aws_s3_bucket_public_access_block.website': { status: 'NON_COMPLIANT', messageId: 'flagOff' } },
  },
] satisfies RuleCase[];
