import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateDocument } from '../src/engine/run.js';
import type { ScanProblem } from '../src/model/evaluation.js';
import { builtinRules } from '../src/rules/index.js';
import { loadInput, selectRules } from '../src/scan/index.js';
import { corpusFiles } from './support/corpora.js';

const TEMPLATE_KINDS = ['cfn-yaml', 'cfn-json', 'sam-yaml', 'sam-json', 'cfn-json-invalid'];

describe('robustness over the CloudFormation/SAM corpora', () => {
  it('scans every template with every rule: no exception escapes, each unreadable file is one error', () => {
    const files = corpusFiles(TEMPLATE_KINDS);
    assert.ok(files.length > 3000, `expected the whole corpus, found ${files.length} files`);
    const rules = selectRules(builtinRules);
    let evaluations = 0;
    let unreadable = 0;
    const crashes: ScanProblem[] = [];
    for (const file of files) {
      const problems: ScanProblem[] = [];
      const document = loadInput(file.path, true, {}, problems);
      assert.ok(document || problems.length > 0, `${file.path}: neither a document nor an error`);
      if (document) {
        problems.push(...document.problems);
        const result = evaluateDocument(document, rules);
        evaluations += result.evaluations.length;
        problems.push(...result.problems);
      }
      const errors = problems.filter((problem) => problem.level === 'error');
      crashes.push(...errors.filter((problem) => problem.ruleId !== undefined || problem.message.startsWith('internal error')));
      const readErrors = errors.filter((problem) => problem.ruleId === undefined);
      assert.ok(readErrors.length <= 1, `${file.path}: ${readErrors.length} read errors, expected at most one`);
      for (const error of readErrors) {
        assert.equal(error.file, file.path);
        assert.ok(error.message.length > 0);
      }
      if (readErrors.length > 0) unreadable += 1;
      if (file.kind === 'cfn-json-invalid') assert.equal(readErrors.length, 1, `${file.path} is invalid and must be reported`);
    }
    assert.deepEqual(crashes, [], 'rules crashed on corpus templates');
    assert.ok(evaluations > 1_000, `only ${evaluations} evaluations`);
    // Deliberately broken fixtures exist in the corpora, but they are a small minority.
    assert.ok(unreadable < files.length * 0.05, `${unreadable} of ${files.length} files unreadable`);
  });
});
