import type { FrameworkId } from './index.js';

/** One control of a framework, as the framework publishes it. */
export interface FrameworkControl {
  /** The framework's own id: `1.4` (CIS), `S3.5` (FSBP), `AC-2(1)` (NIST), `8.2.3` (PCI DSS). */
  id: string;
  title: string;
  /** CIS only: whether the benchmark calls the recommendation automated or manual. */
  assessment?: 'automated' | 'manual';
  /** The title was not recorded from the framework: it says what the AWS Config rule behind the control checks. */
  paraphrased?: boolean;
}

/** A framework as data: every control it has (or, for NIST and PCI DSS, every control AWS maps checks to). */
export interface FrameworkDefinition {
  id: FrameworkId;
  controls: readonly FrameworkControl[];
}
