import type { Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { judge, stringSetting, type JudgeMessages } from '../../lib/settings.js';
import type { Verdict } from '../../types.js';

/**
 * A notebook instance setting that is `Enabled` unless set (`DirectInternetAccess`, `RootAccess`):
 * passes only when `Disabled`. `{{actual}}` is the value written or "not set (default Enabled)".
 */
export function judgeDisabled<M extends string>(notebook: Resource, key: string, messages: JudgeMessages<M>): Verdict<M> {
  const written = notebook.properties[key];
  const access = stringSetting(notebook, [key], 'Enabled');
  const outcome = isUnknown(access) ? access : access?.toLowerCase() === 'disabled';
  const actual = written === undefined ? 'not set (default Enabled)' : isUnknown(access) ? 'unknown' : String(access);
  return judge(outcome, messages, written === undefined ? [] : [key], { actual });
}
