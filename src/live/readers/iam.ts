import { unknown } from '../../model/unknown.js';
import { credentialFact } from '../credential-report.js';
import { fetchCredentialUsage } from '../iam-credentials.js';
import { describeFailure } from '../errors.js';
import type { LiveResource, ReadContext, TypeReader } from '../types.js';
import { cloudControlReader } from './cloudcontrol.js';

const users = cloudControlReader('AWS::IAM::User');

/**
 * Sets each user's `observed.Credentials` (what IAM_USER_UNUSED_CREDENTIALS_CHECK reads) from the
 * credential report, or per user when the report can not be had. When neither can be read the
 * fact is Unknown, so the rule says INSUFFICIENT_DATA rather than pass.
 */
async function withCredentials(context: ReadContext, found: LiveResource[], userNames: string[] | undefined): Promise<LiveResource[]> {
  if (found.length === 0) return found;
  try {
    const usages = await context.limit(() => fetchCredentialUsage(context.clients.iam, userNames, context.sleep ? { sleep: context.sleep } : {}));
    const byArn = new Map(usages.map((usage) => [usage.arn, usage]));
    for (const user of found) {
      const usage = user.arn ? byArn.get(user.arn) : undefined;
      if (usage) user.observed = credentialFact(usage);
    }
  } catch (error) {
    const failure = describeFailure(error);
    context.report({ level: 'warning', message: `IAM credential usage: ${failure.reason} (${failure.code})` });
    for (const user of found) user.observed = { Credentials: unknown(`the credential report and per-user credentials could not be read: ${failure.reason} (${failure.code})`) };
  }
  return found;
}

/** IAM users through Cloud Control, with their credential usage. */
export const iamUserReader: TypeReader = {
  type: 'AWS::IAM::User',
  list: async (context) => withCredentials(context, await users.list(context), undefined),
  async get(context, identifier) {
    const found = await users.get(context, identifier);
    const names = found.map((user) => user.properties.UserName).filter((name): name is string => typeof name === 'string');
    return withCredentials(context, found, names);
  },
};
