/**
 * A GuardDuty detector's protection feature, as the detector declares it: `Features` (the current
 * API: `{ Name, Status }`) first, else the legacy `DataSources` flag. Absent from both, GuardDuty's
 * default depends on how and when the detector was created, so it is not known.
 */
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import { getPath, isObject, toBoolean, type PropertyPath } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';

export type FeatureMessage = 'enabled' | 'disabled' | 'detectorOff' | 'notDeclared' | 'unknown';

export const FEATURE_MESSAGES = (feature: string): Record<FeatureMessage, string> => ({
  enabled: `${feature} is enabled on GuardDuty detector {{id}}.`,
  disabled: `${feature} is not enabled on GuardDuty detector {{id}}.`,
  detectorOff: `GuardDuty detector {{id}} is suspended (Enable is false), so ${feature} does not run.`,
  notDeclared: `GuardDuty detector {{id}} declares neither the ${feature} feature nor its data source; GuardDuty's default depends on how the detector was created.`,
  unknown: `Whether ${feature} is enabled on GuardDuty detector {{id}} is not known ({{reason}}).`,
});

export function judgeFeature(detector: Resource, feature: string, dataSource: PropertyPath): Verdict<FeatureMessage> {
  const id = detector.id;
  const enable = toBoolean(detector.properties.Enable);
  if (enable === false) return nonCompliant('detectorOff', { id }, ['Enable']);
  const features = detector.properties.Features;
  if (isUnknown(features)) return insufficientData('unknown', { id, reason: features.reason }, ['Features']);
  if (Array.isArray(features)) {
    for (const [index, entry] of features.entries()) {
      if (isUnknown(entry)) return insufficientData('unknown', { id, reason: entry.reason }, ['Features', index]);
      if (!isObject(entry)) continue;
      if (isUnknown(entry.Name)) return insufficientData('unknown', { id, reason: entry.Name.reason }, ['Features', index, 'Name']);
      if (entry.Name !== feature) continue;
      const status = entry.Status;
      if (isUnknown(status)) return insufficientData('unknown', { id, reason: status.reason }, ['Features', index, 'Status']);
      if (status === 'ENABLED') return enabledIf(enable, id, ['Features', index, 'Status']);
      if (status === 'DISABLED') return nonCompliant('disabled', { id }, ['Features', index, 'Status']);
      return insufficientData('unknown', { id, reason: `malformed: the feature status is ${JSON.stringify(status ?? null)}` }, ['Features', index, 'Status']);
    }
  }
  const raw = getPath(detector.properties.DataSources, dataSource);
  const flag = toBoolean(raw);
  const path = ['DataSources', ...dataSource];
  if (isUnknown(flag)) return insufficientData('unknown', { id, reason: flag.reason }, path);
  if (flag === true) return enabledIf(enable, id, path);
  if (flag === false) return nonCompliant('disabled', { id }, path);
  if (raw !== undefined && raw !== null) return insufficientData('unknown', { id, reason: `malformed: ${path.join('.')} is ${JSON.stringify(raw)}` }, path);
  return insufficientData('notDeclared', { id }, []);
}

/** The feature is on, but counts only while the detector itself is on (not known: not known). */
function enabledIf(enable: ReturnType<typeof toBoolean>, id: string, path: PropertyPath): Verdict<FeatureMessage> {
  if (isUnknown(enable)) return insufficientData('unknown', { id, reason: `Enable: ${enable.reason}` }, ['Enable']);
  return compliant('enabled', { id }, path);
}
