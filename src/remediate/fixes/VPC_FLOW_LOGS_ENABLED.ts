import type { ValueObject } from '../../model/value.js';
import { ref, type TemplateFix } from '../autofix/edits.js';

const BUCKET_PARAMETER = 'FlowLogsBucketArn';

/**
 * A new `AWS::EC2::FlowLog` for the VPC, delivering to S3 (no IAM role needed) in a bucket named
 * by a new template parameter without a default: where the logs go is the user's choice, so the
 * template asks for it at deployment. A VPC declared under a `Condition` gets a flow log under the
 * same condition.
 */
export const fix: TemplateFix = {
  ruleId: 'VPC_FLOW_LOGS_ENABLED',
  fix(vpc, verdicts, { params, graph, declaration }) {
    if (verdicts.some((verdict) => verdict.messageId !== 'noFlowLog' && verdict.messageId !== 'wrongTrafficType')) return { notFixable: 'unexpected finding' };
    const written = declaration(vpc.id);
    if (!written) return { notFixable: `the declaration of ${vpc.id} was not found` };
    let id = `${vpc.id}FlowLog`;
    for (let suffix = 2; graph.get(id) !== undefined || declaration(id) !== undefined; suffix++) id = `${vpc.id}FlowLog${suffix}`;
    const flowLog: ValueObject = { Type: 'AWS::EC2::FlowLog' };
    if (typeof written.Condition === 'string') flowLog.Condition = written.Condition;
    flowLog.Properties = {
      ResourceId: ref(vpc.id),
      ResourceType: 'VPC',
      TrafficType: typeof params.trafficType === 'string' ? params.trafficType : 'ALL',
      LogDestinationType: 's3',
      LogDestination: ref(BUCKET_PARAMETER),
    };
    return {
      description: `add flow log ${id} delivering to S3 (new parameter ${BUCKET_PARAMETER}, required at deployment)`,
      edits: [
        {
          kind: 'addParameter',
          name: BUCKET_PARAMETER,
          declaration: { Type: 'String', Description: 'ARN of the S3 bucket (optionally with a /prefix) VPC flow logs go to (added by tosei fix)', AllowedPattern: '^arn:aws[a-z-]*:s3:::.+$' },
        },
        { kind: 'addResource', id, declaration: flowLog },
      ],
    };
  },
};
