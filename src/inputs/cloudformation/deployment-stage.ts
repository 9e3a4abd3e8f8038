import type { ScanProblem } from '../../model/evaluation.js';
import type { PropertyPath, SourcePosition } from '../../model/resource.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import type { SamOrigin } from './sam.js';
import { isPlainMap } from './intrinsic.js';

/**
 * An `AWS::ApiGateway::Deployment` that names a `StageName` creates that stage itself, configured by
 * its `StageDescription`; AWS Config then records an `AWS::ApiGateway::Stage` the template never
 * declares. This adds that stage as a resource (`<Deployment>Stage`), so the stage rules judge it
 * instead of passing over it, and remembers where each of its properties is written in the deployment.
 */

/** StageDescription keys that are the stage's own settings, under the same names on AWS::ApiGateway::Stage. */
const STAGE_SETTINGS = ['AccessLogSetting', 'CacheClusterEnabled', 'CacheClusterSize', 'ClientCertificateId', 'Description', 'DocumentationVersion', 'Tags', 'TracingEnabled', 'Variables'] as const;

/** StageDescription keys that set every method at once: the stage's `/*` `*` method setting. */
const EVERY_METHOD_SETTINGS = ['CacheDataEncrypted', 'CacheTtlInSeconds', 'CachingEnabled', 'DataTraceEnabled', 'LoggingLevel', 'MetricsEnabled', 'ThrottlingBurstLimit', 'ThrottlingRateLimit'] as const;

const isEveryMethod = (entry: Value): boolean => isObject(entry) && entry.ResourcePath === '/*' && entry.HttpMethod === '*';

export interface DeploymentStages {
  readonly resources: ValueObject;
  readonly origins: ReadonlyMap<string, SamOrigin>;
}

/**
 * The declarations with the stage of every deployment that names one. Deployments generated from SAM
 * (in `generated`) are left alone: their stage is the one the SAM expansion already made. A stage
 * whose settings can not be read, or whose id is taken, is not made, and a warning says so.
 */
export function addDeploymentStages(
  declarations: ValueObject,
  generated: ReadonlySet<string>,
  file: string,
  problems: ScanProblem[],
  positionOf: (id: string) => SourcePosition | undefined = () => undefined,
): DeploymentStages {
  // Copied only when a stage is added: most templates have none, and each template is read once per scan.
  let resources = declarations;
  const origins = new Map<string, SamOrigin>();
  for (const [id, declaration] of Object.entries(declarations)) {
    if (generated.has(id) || !isObject(declaration) || declaration.Type !== 'AWS::ApiGateway::Deployment') continue;
    if (declaration.Properties !== undefined && !isPlainMap(declaration.Properties)) {
      problems.push({ level: 'warning', file, ...positionOf(id), message: `${id}: a stage it may create (StageName) is not checked, since its Properties are not known before deployment` });
      continue;
    }
    const properties = declaration.Properties;
    if (properties?.StageName === undefined) continue;
    const stageId = `${id}Stage`;
    const description = properties.StageDescription;
    if (Object.hasOwn(declarations, stageId)) {
      problems.push({ level: 'warning', file, ...positionOf(id), message: `${id}: the stage it creates (StageName) is not checked, since the template already has a resource ${stageId}` });
      continue;
    }
    if (description !== undefined && !isPlainMap(description)) {
      problems.push({ level: 'warning', file, ...positionOf(id), message: `${id}: the stage it creates (StageName) is not checked, since its StageDescription is not known before deployment` });
      continue;
    }
    const stage: ValueObject = { StageName: properties.StageName, DeploymentId: { Ref: id } };
    if (properties.RestApiId !== undefined) stage.RestApiId = properties.RestApiId;
    const paths: Record<string, PropertyPath> = { RestApiId: ['Properties', 'RestApiId'], StageName: ['Properties', 'StageName'], DeploymentId: [] };
    for (const key of STAGE_SETTINGS) {
      if (description?.[key] === undefined) continue;
      stage[key] = description[key] as Value;
      paths[key] = ['Properties', 'StageDescription', key];
    }
    const listed = description?.MethodSettings;
    const methodSettings: Value[] = Array.isArray(listed) ? [...listed] : [];
    const everyMethod: ValueObject = {};
    for (const key of EVERY_METHOD_SETTINGS) if (description?.[key] !== undefined) everyMethod[key] = description[key] as Value;
    // An explicit `/*` `*` entry already says what every method does; the shorthand keys are not merged into it.
    if (Object.keys(everyMethod).length > 0 && !methodSettings.some(isEveryMethod)) methodSettings.push({ ResourcePath: '/*', HttpMethod: '*', ...everyMethod });
    if (listed !== undefined && !Array.isArray(listed)) stage.MethodSettings = listed;
    else if (methodSettings.length > 0) stage.MethodSettings = methodSettings;
    if (stage.MethodSettings !== undefined) paths.MethodSettings = listed === undefined ? ['Properties', 'StageDescription'] : ['Properties', 'StageDescription', 'MethodSettings'];
    const resource: ValueObject = { Type: 'AWS::ApiGateway::Stage', Properties: stage, DependsOn: id };
    if (typeof declaration.Condition === 'string') resource.Condition = declaration.Condition;
    if (resources === declarations) resources = { ...declarations };
    resources[stageId] = resource;
    origins.set(stageId, { samId: id, paths });
  }
  return { resources, origins };
}
