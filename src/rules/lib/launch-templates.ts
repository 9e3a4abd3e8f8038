import type { ResourceGraph } from '../../model/graph.js';
import { describesDeployed, type PropertyPath, type Resource } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { getPath, isObject, type Value } from '../../model/value.js';
import { firstNamed } from './lookup.js';

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
  const byName = firstNamed(graph, 'AWS::EC2::LaunchTemplate', 'LaunchTemplateName', name);
  return byName ? { kind: 'resource', template: byName } : { kind: 'external', name };
}

/** An instance setting that its launch template may supply instead. */
export type InstanceSetting =
  /** Set on the instance (`path` on the instance) or in its launch template (`path` is `['LaunchTemplate']`). */
  | { kind: 'set'; value: Value; path: PropertyPath; template?: string }
  /** Neither the instance nor its launch template sets it: the service's default applies. */
  | { kind: 'absent'; path: PropertyPath }
  /** The launch template is outside the document or can not be resolved. */
  | { kind: 'unknown'; reason: string; path: PropertyPath };

/**
 * A setting of an `AWS::EC2::Instance` at `path`, or, when the instance leaves it out, at
 * `LaunchTemplateData.<path>` of its launch template (the instance's own value wins, as EC2
 * applies it). An undecidable `Fn::If` with `AWS::NoValue` on the instance is `set` to that
 * Unknown: the rule keeps it as undecided.
 */

export function instanceSetting(instance: Resource, graph: ResourceGraph, path: PropertyPath): InstanceSetting {
  const own = getPath(instance.properties, path);
  if (own !== undefined && own !== null) return { kind: 'set', value: own, path };
  // A deployed instance has every setting in effect: one its record lacks was not recorded, not left unset.
  if (describesDeployed(instance.source.format)) return { kind: 'unknown', reason: `the deployed instance's record does not include ${path.join('.')}`, path };
  const link = launchTemplateOf(instance, graph);
  if (link.kind === 'none') return { kind: 'absent', path: [] };
  if (link.kind === 'unknown') return { kind: 'unknown', reason: link.value.reason, path: ['LaunchTemplate'] };
  if (link.kind === 'external') return { kind: 'unknown', reason: `it comes from launch template ${link.name}, which this document does not define`, path: ['LaunchTemplate'] };
  const fromTemplate = getPath(link.template.properties, ['LaunchTemplateData', ...path]);
  if (fromTemplate === undefined || fromTemplate === null) return { kind: 'absent', path: ['LaunchTemplate'] };
  return { kind: 'set', value: fromTemplate, path: ['LaunchTemplate'], template: link.template.id };
}
