import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import { compliant, insufficientData, notApplicable } from '../define.js';
import type { Verdict } from '../types.js';

/**
 * ECS task definitions are judged container by container (`ContainerDefinitions[]`): one
 * offending container decides, an unknown container leaves only itself undecided.
 */

export interface ContainerMessages<M extends string> {
  /** Every container passes; gets `{{count}}`. */
  pass: M;
  /** Something can not be known before deployment; gets `{{reason}}`. */
  unknown: M;
}

/** One container definition as a rule sees it: its properties, where it is, and a name for messages. */
export interface Container {
  definition: ValueObject;
  path: PropertyPath;
  name: string;
}

/**
 * Runs `examine` on every container definition. Returns one COMPLIANT verdict when all pass, else
 * the verdicts that did not (the engine reports the worst of them).
 */
export function checkContainers<M extends string>(task: Resource, messages: ContainerMessages<M>, examine: (container: Container) => Verdict<M>): Verdict<M>[] {
  const definitions = task.properties.ContainerDefinitions;
  if (isUnknown(definitions)) return [insufficientData(messages.unknown, { reason: definitions.reason }, ['ContainerDefinitions'])];
  if (definitions === undefined || definitions === null) return [compliant(messages.pass, { count: 0 }, [])];
  if (!Array.isArray(definitions)) return [insufficientData(messages.unknown, { reason: `malformed: ContainerDefinitions of ${task.id} is not a list` }, ['ContainerDefinitions'])];
  const verdicts: Verdict<M>[] = [];
  definitions.forEach((definition, index) => {
    const path = ['ContainerDefinitions', index];
    if (isUnknown(definition)) verdicts.push(insufficientData(messages.unknown, { reason: definition.reason }, path));
    else if (!isObject(definition)) verdicts.push(insufficientData(messages.unknown, { reason: `malformed: container definition ${index} is not an object` }, path));
    else verdicts.push(examine({ definition, path, name: containerName(definition, index) }));
  });
  const failing = verdicts.filter((verdict) => verdict.status !== 'COMPLIANT');
  return failing.length > 0 ? failing : [compliant(messages.pass, { count: definitions.length }, ['ContainerDefinitions'])];
}

function containerName(definition: ValueObject, index: number): string {
  return typeof definition.Name === 'string' && definition.Name !== '' ? definition.Name : `#${index}`;
}

/**
 * A container's boolean setting (`Privileged`, `ReadonlyRootFilesystem`): true/false, the strings
 * "true"/"false", an Unknown, undefined when absent; anything else is Unknown("malformed").
 */
export function containerFlag(container: Container, key: string): boolean | Unknown | undefined {
  const value: Value | undefined = container.definition[key];
  if (value === undefined || value === null || typeof value === 'boolean' || isUnknown(value)) return value ?? undefined;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return unknown(`malformed: ${key} of container ${container.name} should be a boolean, not ${JSON.stringify(value)}`);
}

/**
 * The managed rules judge the active revision of a task definition: a deregistered (INACTIVE)
 * revision that Config still records is not applicable.
 */
export function inactiveRevision<M extends string>(task: Resource, messageId: M): Verdict<M> | undefined {
  return task.observed?.Status === 'INACTIVE' ? notApplicable(messageId, {}, []) : undefined;
}
