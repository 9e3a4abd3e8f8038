import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { isObject } from '../../model/value.js';

/** What an EC2 instance's `LaunchTemplate` property points at. */
export type LaunchTemplateLink =
  /** The instance names no launch template. */
  | { kind: 'none' }
  /** An `AWS::EC2::LaunchTemplate` of the same document. */
  | { kind: 'resource'; template: Resource }
  /** A launch template outside the document, by id or name. */
  | { kind: 'external'; name: string }
  /** The reference can not be resolved before deployment. */
  | { kind: 'unknown'; value: Unknown };

/**
 * Follows `LaunchTemplate.LaunchTemplateId` / `LaunchTemplateName` of an `AWS::EC2::Instance`
 * to the launch template resource: through a `Ref`/`Fn::GetAtt`, or by a literal
 * `LaunchTemplateName` declared in the same document.
 */
export function launchTemplateOf(instance: Resource, graph: ResourceGraph): LaunchTemplateLink {
  const link = instance.properties.LaunchTemplate;
  if (link === undefined || link === null) return { kind: 'none' };
  if (isUnknown(link)) return { kind: 'unknown', value: link };
  if (!isObject(link)) return { kind: 'none' };
  const reference = link.LaunchTemplateId ?? link.LaunchTemplateName;
  if (reference === undefined || reference === null) return { kind: 'none' };
  const target = graph.target(reference);
  if (target && target.type === 'AWS::EC2::LaunchTemplate') return { kind: 'resource', template: target };
  if (isUnknown(reference)) return { kind: 'unknown', value: reference };
  const name = String(reference);
  const byName = graph.ofType('AWS::EC2::LaunchTemplate').find((template) => template.properties.LaunchTemplateName === name);
  return byName ? { kind: 'resource', template: byName } : { kind: 'external', name };
}
