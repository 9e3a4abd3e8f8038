import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type PropertyPath, type Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

/** `https://user:password@bitbucket.org/…` or `https://token@…`: sign-in information before the host. */
const USER_INFO = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]+@/i;

type Message = 'clean' | 'credentials' | 'unknown';

/** The verdict for one source: only Bitbucket sources are judged, as the managed rule does. */
function judgeSource(source: Value, path: PropertyPath): Verdict<Message> | undefined {
  if (isUnknown(source)) return insufficientData('unknown', { reason: source.reason }, path);
  if (!isObject(source)) return undefined;
  const { Type: type, Location: location } = source;
  if (typeof type === 'string' && type.toUpperCase() !== 'BITBUCKET') return undefined;
  if (isUnknown(location)) return type === undefined ? undefined : insufficientData('unknown', { reason: location.reason }, [...path, 'Location']);
  if (typeof location !== 'string' || !USER_INFO.test(location)) return undefined;
  if (isUnknown(type)) return insufficientData('unknown', { reason: type.reason }, [...path, 'Type']);
  return nonCompliant('credentials', { source: path.join('.') }, [...path, 'Location']);
}

export default defineRule({
  meta: {
    id: 'CODEBUILD_PROJECT_SOURCE_REPO_URL_CHECK',
    title: 'CodeBuild Bitbucket source URLs hold no sign-in credentials',
    description:
      'Checks that no Bitbucket source of an AWS CodeBuild project (`Source`, `SecondarySources`) has a `Location` URL with sign-in information (`https://user:password@…`, `https://token@…`). Credentials in the URL are stored in the project in plain text and shown to anyone who can read it.',
    severity: 'critical',
    resourceTypes: ['AWS::CodeBuild::Project'],
    managedRule: 'codebuild-project-source-repo-url-check',
    frameworks: { FSBP: ['CodeBuild.1'], 'NIST-800-53-r5': ['SA-3'], 'PCI-DSS-v3.2.1': ['8.2.1'] },
    messages: {
      clean: 'No Bitbucket source URL of CodeBuild project {{id}} holds sign-in credentials.',
      credentials: 'The Bitbucket source URL of CodeBuild project {{id}} ({{source}}) holds sign-in credentials.',
      unknown: 'Whether the Bitbucket source URLs of CodeBuild project {{id}} hold sign-in credentials is not known before deployment ({{reason}}).',
    },
    remediation: 'Remove the user name and password or token from the URL and connect CodeBuild to Bitbucket with OAuth or an AWS CodeConnections connection (`Source.Auth`), or import the credentials with `AWS::CodeBuild::SourceCredential` from Secrets Manager.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Project:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: arn:aws:iam::111122223333:role/codebuild\n      Artifacts: { Type: NO_ARTIFACTS }\n      Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }\n      Source:\n        Type: BITBUCKET\n        Location: https://builder:hunter2@bitbucket.org/acme/app.git\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Project:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      ServiceRole: arn:aws:iam::111122223333:role/codebuild\n      Artifacts: { Type: NO_ARTIFACTS }\n      Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }\n      Source:\n        Type: BITBUCKET\n        Location: https://bitbucket.org/acme/app.git\n',
        },
      ],
    },
  },
  check(project) {
    const verdicts: Verdict<Message>[] = [];
    const primary = judgeSource(project.properties.Source ?? null, ['Source']);
    if (primary) verdicts.push(primary);
    const secondary = project.properties.SecondarySources;
    if (isUnknown(secondary)) verdicts.push(insufficientData('unknown', { reason: secondary.reason }, ['SecondarySources']));
    else if (Array.isArray(secondary)) secondary.forEach((source, index) => {
      const verdict = judgeSource(source, ['SecondarySources', index]);
      if (verdict) verdicts.push(verdict);
    });
    return verdicts.length > 0 ? verdicts : compliant('clean', {}, []);
  },
});
