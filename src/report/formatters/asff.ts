import type { Evaluation, Severity, Status } from '../../model/evaluation.js';
import type { FormatContext, Formatter, ScanReport } from '../types.js';
import { findingEvaluations, findingFingerprint, findingScope, requirements, truncate, whenGenerated } from './findings.js';
import { relativePath } from './shared.js';

const SEVERITY_LABEL: Record<Severity, string> = { info: 'INFORMATIONAL', low: 'LOW', medium: 'MEDIUM', high: 'HIGH', critical: 'CRITICAL' };

/** Security Hub's compliance statuses; INSUFFICIENT_DATA is "some information is missing" (WARNING). */
const COMPLIANCE_STATUS: Record<Exclude<Status, 'NOT_APPLICABLE'>, string> = {
  COMPLIANT: 'PASSED',
  NON_COMPLIANT: 'FAILED',
  INSUFFICIENT_DATA: 'WARNING',
  ERROR: 'NOT_AVAILABLE',
};

/** ASFF resource types for the CloudFormation types Tosei's rules read; any other is `Other`, as ASFF asks. */
const RESOURCE_TYPES: Record<string, string> = {
  'AWS::S3::Bucket': 'AwsS3Bucket',
  'AWS::EC2::Instance': 'AwsEc2Instance',
  'AWS::EC2::SecurityGroup': 'AwsEc2SecurityGroup',
  'AWS::EC2::Volume': 'AwsEc2Volume',
  'AWS::EC2::VPC': 'AwsEc2Vpc',
  'AWS::EC2::Subnet': 'AwsEc2Subnet',
  'AWS::EC2::NetworkAcl': 'AwsEc2NetworkAcl',
  'AWS::EC2::LaunchTemplate': 'AwsEc2LaunchTemplate',
  'AWS::IAM::Role': 'AwsIamRole',
  'AWS::IAM::User': 'AwsIamUser',
  'AWS::IAM::Group': 'AwsIamGroup',
  'AWS::IAM::ManagedPolicy': 'AwsIamPolicy',
  'AWS::KMS::Key': 'AwsKmsKey',
  'AWS::Lambda::Function': 'AwsLambdaFunction',
  'AWS::RDS::DBInstance': 'AwsRdsDbInstance',
  'AWS::RDS::DBCluster': 'AwsRdsDbCluster',
  'AWS::SQS::Queue': 'AwsSqsQueue',
  'AWS::SNS::Topic': 'AwsSnsTopic',
  'AWS::DynamoDB::Table': 'AwsDynamoDbTable',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'AwsElbv2LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'AwsElbLoadBalancer',
  'AWS::CloudFront::Distribution': 'AwsCloudFrontDistribution',
  'AWS::CloudTrail::Trail': 'AwsCloudTrailTrail',
  'AWS::SecretsManager::Secret': 'AwsSecretsManagerSecret',
  'AWS::Redshift::Cluster': 'AwsRedshiftCluster',
  'AWS::OpenSearchService::Domain': 'AwsOpenSearchServiceDomain',
  'AWS::Elasticsearch::Domain': 'AwsElasticsearchDomain',
  'AWS::EKS::Cluster': 'AwsEksCluster',
  'AWS::ECS::Cluster': 'AwsEcsCluster',
  'AWS::ECS::TaskDefinition': 'AwsEcsTaskDefinition',
  'AWS::ECR::Repository': 'AwsEcrRepository',
  'AWS::Kinesis::Stream': 'AwsKinesisStream',
  'AWS::EFS::AccessPoint': 'AwsEfsAccessPoint',
  'AWS::ElastiCache::ReplicationGroup': 'AwsElastiCacheReplicationGroup',
  'AWS::AutoScaling::AutoScalingGroup': 'AwsAutoScalingAutoScalingGroup',
  'AWS::ApiGateway::Stage': 'AwsApiGatewayStage',
  'AWS::ApiGatewayV2::Stage': 'AwsApiGatewayV2Stage',
  'AWS::WAFv2::WebACL': 'AwsWafv2WebAcl',
  'AWS::StepFunctions::StateMachine': 'AwsStepFunctionStateMachine',
  'AWS::CodeBuild::Project': 'AwsCodeBuildProject',
  'AWS::SageMaker::NotebookInstance': 'AwsSageMakerNotebookInstance',
  'AWS::DMS::ReplicationInstance': 'AwsDmsReplicationInstance',
};

/**
 * AWS Security Finding Format (schema 2018-10-08): a JSON list of findings, ready for Security
 * Hub's BatchImportFindings (at most 100 per call) as a custom product of the account
 * (`product/ACCOUNT/default`). Every evaluation but NOT_APPLICABLE is a finding; suppressed ones
 * carry `Workflow.Status: SUPPRESSED`.
 */
export const formatAsff: Formatter = (report, context) => {
  const generated = whenGenerated(context, 'asff').toISOString();
  const findings = findingEvaluations(report.evaluations).map((evaluation) => finding(evaluation, report, context, generated));
  return `${JSON.stringify(findings, null, 2)}\n`;
};

function finding(evaluation: Evaluation, report: ScanReport, context: FormatContext, generated: string): Record<string, unknown> {
  const { accountId, region, partition } = findingScope(evaluation, context, 'asff');
  const meta = report.rules[evaluation.ruleId];
  const { resource, location } = evaluation;
  const file = relativePath(location.file, context.cwd);
  const related = requirements(meta).slice(0, 32);
  const fsbp = meta?.frameworks?.FSBP?.[0];
  const other: Record<string, string> = { File: truncate(file, 1024), LogicalId: truncate(resource.id, 1024) };
  if (resource.address) other.Address = truncate(resource.address, 1024);
  if (location.line !== undefined) other.Line = String(location.line);
  return {
    SchemaVersion: '2018-10-08',
    Id: `tosei/${accountId}/${region}/${findingFingerprint(evaluation, context)}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${accountId}:product/${accountId}/default`,
    ProductName: 'Tosei',
    CompanyName: 'Tosei',
    GeneratorId: `tosei/${evaluation.ruleId}`,
    AwsAccountId: accountId,
    Types: ['Software and Configuration Checks/AWS Security Best Practices'],
    CreatedAt: generated,
    UpdatedAt: generated,
    Severity: { Label: SEVERITY_LABEL[evaluation.severity] },
    Title: truncate(meta?.title ?? evaluation.ruleId, 256),
    Description: truncate(evaluation.message || (meta?.description ?? evaluation.ruleId), 1024),
    ...(meta
      ? { Remediation: { Recommendation: { Text: truncate(meta.remediation, 512), Url: context.ruleUrl(evaluation.ruleId) } } }
      : {}),
    ProductFields: { 'tosei/RuleId': evaluation.ruleId, 'tosei/ToolVersion': report.tool.version },
    Resources: [
      {
        Type: RESOURCE_TYPES[resource.type] ?? 'Other',
        Id: truncate(resource.arn ?? resource.key ?? resource.address ?? resource.id, 512),
        Partition: partition,
        Region: region,
        Details: { Other: other },
      },
    ],
    Compliance: {
      Status: COMPLIANCE_STATUS[evaluation.status as Exclude<Status, 'NOT_APPLICABLE'>],
      ...(related.length > 0 ? { RelatedRequirements: related } : {}),
      ...(fsbp ? { SecurityControlId: fsbp } : {}),
    },
    Workflow: { Status: evaluation.suppressed ? 'SUPPRESSED' : 'NEW' },
    RecordState: 'ACTIVE',
    ...(evaluation.suppressed ? { Note: { Text: truncate(`suppressed (${evaluation.suppressed.kind}): ${evaluation.suppressed.reason}`, 512), UpdatedBy: 'tosei', UpdatedAt: generated } } : {}),
  };
}
