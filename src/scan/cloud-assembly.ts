// An AWS CDK cloud assembly (`cdk.out`): the stack templates its manifest names, nested stage assemblies included.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ScanProblem } from '../model/evaluation.js';

const MANIFEST = 'manifest.json';
/** A manifest is a few kilobytes per stack; anything this large is not one. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Stages nest assemblies; a loop or an absurd depth is not followed. */
const MAX_DEPTH = 16;

/** Whether `directory` is a cloud assembly: it holds a `manifest.json`. */
export function isCloudAssembly(directory: string): boolean {
  return existsSync(join(directory, MANIFEST));
}

/**
 * The template files of the assembly's stacks (`aws:cloudformation:stack` artifacts), then those
 * of its nested assemblies (`cdk:cloud-assembly`, one per stage), in manifest order. A manifest
 * that can not be read, or an artifact without its file, is reported and skipped.
 */
export function cloudAssemblyTemplates(directory: string, report: (problem: ScanProblem) => void, depth = 0, seen = new Set<string>()): string[] {
  const key = resolve(directory);
  if (seen.has(key) || depth > MAX_DEPTH) return [];
  seen.add(key);
  const file = join(directory, MANIFEST);
  let manifest: unknown;
  try {
    if (statSync(file).size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`);
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report({ level: 'error', file, message: `not a readable cloud assembly manifest: ${(error as Error).message}` });
    return [];
  }
  const artifacts = (manifest as { artifacts?: unknown } | null)?.artifacts;
  if (typeof artifacts !== 'object' || artifacts === null || Array.isArray(artifacts)) {
    report({ level: 'error', file, message: 'not a cloud assembly manifest: no artifacts' });
    return [];
  }
  const templates: string[] = [];
  const nested: string[] = [];
  for (const [id, artifact] of Object.entries(artifacts as Record<string, unknown>)) {
    const { type, properties } = (artifact ?? {}) as { type?: unknown; properties?: Record<string, unknown> };
    if (type === 'aws:cloudformation:stack') {
      const template = properties?.templateFile;
      if (typeof template === 'string') templates.push(join(directory, template));
      else report({ level: 'error', file, message: `stack ${id} names no templateFile` });
    } else if (type === 'cdk:cloud-assembly') {
      const name = properties?.directoryName;
      if (typeof name === 'string') nested.push(join(directory, name));
      else report({ level: 'error', file, message: `nested assembly ${id} names no directoryName` });
    }
  }
  return [...templates, ...nested.flatMap((path) => cloudAssemblyTemplates(path, report, depth + 1, seen))];
}
