// The README's examples run, so it cannot drift: every command of a ```sh block that uses
// `examples/` is run with the built CLI, and must exit as its comment says (`# exit 1: ...`) and
// print what the comment quotes (`prints "✔ Passed"`). Also: the install facts the README gives
// (LICENSE, the package's links) and the documentation links point where the documents are.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtinRules } from '../src/rules/index.js';
import { DOCS_BASE_URL } from '../src/version.js';
import { ROOT, tosei, workspace } from './support/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Example {
  line: number;
  command: string;
  args: string[];
  exit?: number;
  prints: string[];
}

/** The commands of the README's shell blocks (continuation lines joined), with their line numbers. */
function shellCommands(markdown: string): { line: number; text: string }[] {
  const commands: { line: number; text: string }[] = [];
  let inShell = false;
  let pending: { line: number; text: string } | undefined;
  markdown.split('\n').forEach((text, index) => {
    if (/^```/.test(text)) {
      inShell = !inShell && /^```(sh|shell|bash)\s*$/.test(text);
      return;
    }
    if (!inShell) return;
    const joined = pending ? `${pending.text} ${text.trim()}` : text;
    if (/\\\s*$/.test(text.replace(/\s+#.*$/, ''))) {
      pending = { line: pending?.line ?? index + 1, text: joined.replace(/\\\s*$/, '') };
      return;
    }
    commands.push({ line: pending?.line ?? index + 1, text: joined });
    pending = undefined;
  });
  return commands;
}

/** Shell words: whitespace-separated, with '...' and "..." quoting (no variables or globs: README examples stay plain). */
function words(text: string): string[] {
  const found: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of text.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
  return found;
}

function examples(): Example[] {
  return shellCommands(README)
    .filter((command) => /\bexamples\//.test(command.text))
    .map(({ line, text }) => {
      const hash = text.search(/\s#\s/);
      const command = (hash === -1 ? text : text.slice(0, hash)).trim();
      const comment = hash === -1 ? '' : text.slice(hash);
      const exit = /#\s*exit (\d)/.exec(comment)?.[1];
      const prints = [...comment.matchAll(/prints "([^"]+)"/g)].map((match) => match[1] as string);
      return { line, command, args: words(command), ...(exit !== undefined ? { exit: Number(exit) } : {}), prints };
    });
}

describe('the README', () => {
  const found = examples();

  it('has examples on the bundled examples/, each a plain tosei command stating its exit status', () => {
    assert.ok(found.length >= 5, `found ${found.length}`);
    for (const example of found) {
      assert.equal(example.args[0], 'tosei', `README line ${example.line}: "${example.command}" should be a tosei command`);
      assert.notEqual(example.exit, undefined, `README line ${example.line}: say the exit status in a comment (# exit N)`);
    }
  });

  for (const example of found) {
    it(`line ${example.line}: ${example.command}`, async () => {
      // A copy of examples/: a command that writes (tosei fix, --output) leaves the checkout alone.
      const directory = workspace();
      cpSync(join(ROOT, 'examples'), join(directory, 'examples'), { recursive: true });
      const result = await tosei(example.args.slice(1), { cwd: directory });
      assert.equal(result.code, example.exit, `${example.command}\n${result.stdout.slice(-2000)}\n${result.stderr}`);
      for (const text of example.prints) assert.ok(result.stdout.includes(text), `${example.command} should print "${text}"`);
    });
  }

  it('says how to install from a checkout, and uses one command form', () => {
    assert.match(README, /npm pack/);
    assert.match(README, /npm install -g \.\/tosei-\*\.tgz/);
    const commands = shellCommands(README).map((command) => command.text);
    assert.deepEqual(commands.filter((text) => /\bnpx tosei\b/.test(text)), [], 'shell blocks write `tosei`, not `npx tosei`');
  });

  it('links to documents that exist, and the package names the repository the docs live in', () => {
    for (const match of README.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)) {
      const target = match[1] as string;
      if (/^https?:/.test(target)) continue;
      assert.ok(existsSync(join(ROOT, target)), `README links to ${target}, which is not in the repository`);
    }
    assert.doesNotMatch(README, /protocols\.md|shared\/design\.md/, 'documents outside the repository');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; repository: { url: string }; homepage: string; bugs: { url: string }; files: string[] };
    const repository = 'https://github.com/tosei-dev/tosei';
    assert.equal(pkg.repository.url, `git+${repository}.git`);
    assert.equal(pkg.homepage, `${repository}#readme`);
    assert.equal(pkg.bugs.url, `${repository}/issues`);
    assert.equal(DOCS_BASE_URL, `${repository}/blob/main/docs/rules`);
    for (const rule of builtinRules) assert.ok(existsSync(join(ROOT, 'docs/rules', `${rule.meta.id}.md`)), rule.meta.id);
    assert.equal(pkg.license, 'Apache-2.0');
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    assert.match(license, /^\s*Apache License\s+Version 2\.0, January 2004/);
    assert.match(license, /END OF TERMS AND CONDITIONS/);
    assert.ok(pkg.files.includes('LICENSE'));
  });
});
