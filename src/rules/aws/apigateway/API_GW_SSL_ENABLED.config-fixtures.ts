import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { restStageItem } from './stage-items.js';

/** A method as the detective gates read it beside the stage (Config does not record integrations). */
const methodItem = (api: string, type: string) =>
  buildConfigurationItem('AWS::ApiGateway::Method', { restApiId: api, resourceId: 'r00t', httpMethod: 'GET', integration: { type } }, { resourceId: `${api}|r00t|GET` });

export default [
  {
    name: 'config: a client certificate recorded, none with integrations not given, and one outside CertificateIDs',
    params: { CertificateIDs: 'abc1de' },
    items: [restStageItem('test', 'certified', { clientCertificateId: 'abc1de' }), restStageItem('test', 'plain'), restStageItem('test', 'other', { clientCertificateId: 'zzz9yy' })],
    expect: {
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/certified': { status: 'COMPLIANT', messageId: 'certified' },
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/plain': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations', messageIncludes: 'not among the inputs' },
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/other': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations' },
    },
  },
  {
    name: 'config: stages beside the methods of their APIs, HTTP and Lambda',
    items: [restStageItem('web', 'prod'), methodItem('web', 'HTTP'), restStageItem('fn', 'prod'), methodItem('fn', 'AWS_PROXY')],
    expect: {
      'arn:aws:apigateway:us-east-1::/restapis/web/stages/prod': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'arn:aws:apigateway:us-east-1::/restapis/fn/stages/prod': { status: 'NOT_APPLICABLE', messageId: 'noHttp' },
    },
  },
] satisfies RuleCase[];
