/**
 * Runs the built `tosei` binary as a user does: a real process, its own working directory,
 * stdout, stderr and exit status. `npm test` builds `dist/` before the tests run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'tosei.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to a neutral environment: no AWS settings, no DATABASE_URL, no colours. */
  env?: Record<string, string>;
  /** Kill the process after this long (a hang fails the test instead of stalling the run). */
  timeoutMs?: number;
}

/** The environment a run starts from: the parent's PATH and HOME, nothing that points at AWS or a store. */
export function neutralEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(AWS_|DATABASE_URL$|TOSEI_|FORCE_COLOR$|NO_COLOR$)/.test(name)) continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** `tosei ARGS...` in `cwd`, as a separate process. */
export function tosei(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: neutralEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningCli {
  process: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit status. */
  stop(): Promise<number | null>;
}

/**
 * `tosei ARGS...` left running (a server): resolves once a line of its stderr satisfies `ready`,
 * rejects when it exits first or takes longer than 30 s.
 */
export function startTosei(args: readonly string[], ready: (line: string) => boolean, options: CliOptions = {}): Promise<RunningCli> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: neutralEnv(options.env), stdio: ['ignore', 'ignore', 'pipe'] });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running: RunningCli = {
    process: child,
    stderr: () => text,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  after(() => running.stop());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tosei ${args.join(' ')} did not start:\n${text}`)), 30_000);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      if (text.split('\n').some(ready)) {
        clearTimeout(timer);
        resolve(running);
      }
    });
    void exited.then((code) => reject(new Error(`tosei ${args.join(' ')} exited with ${code}:\n${text}`)));
  });
}

/** A temporary directory with these files, removed when the test file ends. */
export function workspace(files: Record<string, string> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), 'tosei-cli-'));
  after(() => rmSync(directory, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return directory;
}
