import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';

/** One method setting of a REST API stage and where it is. */
export interface MethodSetting {
  readonly setting: ValueObject;
  readonly path: PropertyPath;
}

/** A REST API stage's MethodSettings: the entry for every method (`/*` `*`) and the per-method overrides. */
export interface StageMethodSettings {
  readonly all: MethodSetting | undefined;
  readonly overrides: readonly MethodSetting[];
}

/** Reads MethodSettings; an unknown list, or an entry whose method path is unknown, is an Unknown. */
export function stageMethodSettings(stage: Resource): StageMethodSettings | Unknown {
  const list = stage.properties.MethodSettings;
  if (list === undefined || list === null) return { all: undefined, overrides: [] };
  if (isUnknown(list)) return list;
  if (!Array.isArray(list)) return unknown(`malformed: MethodSettings should be a list, not ${JSON.stringify(list)}`);
  let all: MethodSetting | undefined;
  const overrides: MethodSetting[] = [];
  for (const [index, item] of list.entries()) {
    if (isUnknown(item)) return item;
    if (!isObject(item)) return unknown(`malformed: MethodSettings entry ${index} is ${JSON.stringify(item)}`);
    const { ResourcePath: resourcePath, HttpMethod: httpMethod } = item;
    if (isUnknown(resourcePath)) return resourcePath;
    if (isUnknown(httpMethod)) return httpMethod;
    const entry = { setting: item, path: ['MethodSettings', index] };
    if (resourcePath === '/*' && httpMethod === '*') all = entry;
    else overrides.push(entry);
  }
  return { all, overrides };
}

/**
 * Judges one method setting over every method: the every-method entry must pass, and no override
 * may fail. `test` gives true, false or an Unknown for one entry's value (undefined when unset).
 */
export function everyMethod(
  settings: StageMethodSettings,
  key: string,
  test: (value: Value | undefined, inherited: boolean) => boolean | Unknown,
): { outcome: boolean | Unknown; at: PropertyPath } {
  const base = settings.all?.setting[key];
  const baseOutcome = test(base, false);
  if (baseOutcome !== true) return { outcome: baseOutcome, at: settings.all ? [...settings.all.path, key] : [] };
  for (const override of settings.overrides) {
    const value = override.setting[key];
    if (value === undefined) continue; // inherits the every-method value
    const outcome = test(value, true);
    if (outcome !== true) return { outcome, at: [...override.path, key] };
  }
  return { outcome: true, at: settings.all ? [...settings.all.path, key] : [] };
}
