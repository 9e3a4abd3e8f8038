import { CIS_V1_4_0 } from './data/cis-v1.4.0.js';
import { CIS_V3_0_0 } from './data/cis-v3.0.0.js';
import { CIS_V5_0_0 } from './data/cis-v5.0.0.js';
import { FSBP } from './data/fsbp.js';
import { NIST_800_53_R5 } from './data/nist-800-53-r5.js';
import { PCI_DSS_V3_2_1 } from './data/pci-dss-v3.2.1.js';
import type { FrameworkControl, FrameworkDefinition } from './types.js';

export type { FrameworkControl, FrameworkDefinition } from './types.js';

/**
 * The compliance frameworks rules map to, by the ids used everywhere (CLI, JSON, docs). A rule's
 * `meta.frameworks` names controls of these; what each framework's controls are lives beside
 * this file as data.
 */
export const FRAMEWORKS = [
  { id: 'FSBP', title: 'AWS Foundational Security Best Practices' },
  { id: 'CIS-v1.4.0', title: 'CIS AWS Foundations Benchmark v1.4.0' },
  { id: 'CIS-v3.0.0', title: 'CIS AWS Foundations Benchmark v3.0.0' },
  { id: 'CIS-v5.0.0', title: 'CIS AWS Foundations Benchmark v5.0.0' },
  { id: 'NIST-800-53-r5', title: 'NIST SP 800-53 Revision 5' },
  { id: 'PCI-DSS-v3.2.1', title: 'PCI DSS v3.2.1' },
] as const;

export type FrameworkId = (typeof FRAMEWORKS)[number]['id'];

export const FRAMEWORK_IDS: readonly FrameworkId[] = FRAMEWORKS.map((framework) => framework.id);

/** Controls of each framework that a rule decides, e.g. `{ FSBP: ['S3.5'], 'CIS-v3.0.0': ['2.1.1'] }`. */
export type FrameworkControls = Partial<Record<FrameworkId, readonly string[]>>;

export function isFrameworkId(value: string): value is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(value);
}

export function frameworkTitle(id: FrameworkId): string {
  return FRAMEWORKS.find((framework) => framework.id === id)?.title ?? id;
}

/**
 * A framework id as a user may type it: the exact id in any case, or a common spelling
 * (`cis-3.0`, `CIS v3.0.0`, `pci-dss-3.2.1`, `nist-800-53`). Undefined when it names none.
 */
export function parseFrameworkId(text: string): FrameworkId | undefined {
  const folded = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const exact = FRAMEWORK_IDS.find((id) => id.toLowerCase() === folded);
  if (exact) return exact;
  if (folded === 'aws-fsbp' || folded === 'aws-foundational-security-best-practices') return 'FSBP';
  const cis = /^cis(?:-aws(?:-foundations)?)?-v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(folded);
  if (cis) {
    const id = `CIS-v${cis[1]}.${cis[2] ?? '0'}.${cis[3] ?? '0'}`;
    return isFrameworkId(id) ? id : undefined;
  }
  if (/^nist-?800-53(?:-r(?:ev)?-?5)?$/.test(folded)) return 'NIST-800-53-r5';
  if (/^pci(?:-dss)?-v?3\.2\.1$/.test(folded)) return 'PCI-DSS-v3.2.1';
  return undefined;
}

/** Frameworks in their canonical order, each with the controls a rule maps to. */
export function frameworkEntries(controls: FrameworkControls | undefined): [FrameworkId, readonly string[]][] {
  return FRAMEWORK_IDS.flatMap((id) => {
    const list = controls?.[id];
    return list && list.length > 0 ? [[id, list] as [FrameworkId, readonly string[]]] : [];
  });
}

const DEFINITIONS: Record<FrameworkId, FrameworkDefinition> = {
  FSBP,
  'CIS-v1.4.0': CIS_V1_4_0,
  'CIS-v3.0.0': CIS_V3_0_0,
  'CIS-v5.0.0': CIS_V5_0_0,
  'NIST-800-53-r5': NIST_800_53_R5,
  'PCI-DSS-v3.2.1': PCI_DSS_V3_2_1,
};

/** Every control of the framework, in the framework's order (data in `./data`). */
export function frameworkControls(id: FrameworkId): readonly FrameworkControl[] {
  return DEFINITIONS[id].controls;
}

/** The rules that decide each control of the framework, by control id, from the rules' `meta.frameworks` (the one source). */
export function rulesByControl(id: FrameworkId, rules: readonly { id: string; frameworks?: FrameworkControls }[]): Map<string, string[]> {
  const byControl = new Map<string, string[]>(frameworkControls(id).map((control) => [control.id, []]));
  for (const rule of rules) {
    for (const control of rule.frameworks?.[id] ?? []) byControl.get(control)?.push(rule.id);
  }
  return byControl;
}

/** Control ids rules name that the framework's data does not have (a test keeps this empty). */
export function unknownControls(rules: readonly { id: string; frameworks?: FrameworkControls }[]): { rule: string; framework: FrameworkId; control: string }[] {
  const known = new Map(FRAMEWORK_IDS.map((id) => [id, new Set(frameworkControls(id).map((control) => control.id))]));
  return rules.flatMap((rule) =>
    frameworkEntries(rule.frameworks).flatMap(([framework, controls]) => controls.filter((control) => !known.get(framework)?.has(control)).map((control) => ({ rule: rule.id, framework, control }))),
  );
}
