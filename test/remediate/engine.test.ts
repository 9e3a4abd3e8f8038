import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { awsServices } from '../../src/remediate/aws.js';
import { parseIsoDuration, parseRunbook, RunbookError } from '../../src/remediate/document.js';
import { coerceOutput, executeRunbook, virtualClock, type ApiCaller, type ApiRequest } from '../../src/remediate/execute.js';
import { interpolate, referencesIn } from '../../src/remediate/interpolate.js';
import { ParameterError } from '../../src/remediate/parameters.js';
import { parseSelector, select } from '../../src/remediate/selector.js';

/** An in-process API: answers per `service:Api`, records every request. */
function scriptedCaller(answers: Record<string, (input: Record<string, unknown>, call: number) => Record<string, unknown> | Promise<Record<string, unknown>>>) {
  const requests: ApiRequest[] = [];
  const counts = new Map<string, number>();
  const caller: ApiCaller = {
    async call(request) {
      requests.push(request);
      const key = `${request.service}:${request.api}`;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const answer = answers[key];
      if (!answer) throw Object.assign(new Error(`no answer for ${key}`), { name: 'UnknownOperation' });
      return answer(request.input, count);
    },
  };
  return { caller, requests };
}

const runbook = (text: string) => parseRunbook(text, 'test.yaml', { services: awsServices });

function refusal(text: string): string {
  try {
    runbook(text);
  } catch (error) {
    assert.ok(error instanceof RunbookError, `expected RunbookError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the document was accepted');
}

const HEADER = "schemaVersion: '0.3'\nparameters:\n  Name:\n    type: String\n    default: demo\n";

describe('runbook documents', () => {
  it('refuses an unsupported action before anything runs, naming the step and line', () => {
    const message = refusal(`${HEADER}mainSteps:\n  - name: First\n    action: aws:sleep\n    inputs: { Duration: PT1S }\n  - name: RunScript\n    action: aws:executeScript\n    inputs: {}\n`);
    assert.match(message, /line 11: step RunScript: action "aws:executeScript" is not supported by Tosei/);
  });

  it('reads JSON documents as well as YAML', () => {
    const parsed = runbook(JSON.stringify({ schemaVersion: '0.3', mainSteps: [{ name: 'Nap', action: 'aws:sleep', inputs: { Duration: 'PT2S' } }] }));
    assert.equal(parsed.mainSteps[0]?.name, 'Nap');
  });

  it('names each problem of an invalid document with its line', () => {
    const message = refusal(
      [
        "schemaVersion: '0.2'",
        'parameters:',
        '  Size:',
        '    type: Integer',
        "    default: '3'",
        '  Pattern:',
        '    type: String',
        "    allowedPattern: '(unclosed'",
        'mainSteps:',
        '  - name: Call',
        '    action: aws:executeAwsApi',
        '    nextStep: Nowhere',
        '    inputs:',
        '      Service: lambda',
        '      Api: invoke_function',
        '      Name: "{{ Missing }}"',
        '    outputs:',
        '      - Name: Out',
        '        Selector: $..Deep',
        '        Type: String',
        '  - name: Call',
        '    action: aws:sleep',
        '    inputs: { Duration: ten minutes }',
      ].join('\n'),
    );
    for (const expected of [
      /line 1: schemaVersion must be "0.3"/,
      /line 5: parameter Size: default must be an integer/,
      /line 8: parameter Pattern: allowedPattern is not a valid regular expression/,
      /service "lambda" is not supported/,
      /Api "invoke_function" must be the PascalCase operation name/,
      /recursive descent/,
      /line 21: step Call: name is used by an earlier step/,
      /inputs.Duration "ten minutes" is not an ISO-8601 duration/,
      /nextStep names no step "Nowhere"/,
      /\{\{ Missing \}\} is neither a parameter nor a step output/,
    ]) {
      assert.match(message, expected);
    }
  });

  it('refuses references to outputs of later steps and unknown outputs', () => {
    const message = refusal(
      `${HEADER}mainSteps:\n  - name: A\n    action: aws:executeAwsApi\n    inputs: { Service: ec2, Api: DescribeVpcs, VpcIds: ['{{ B.Id }}'] }\n  - name: B\n    action: aws:executeAwsApi\n    inputs: { Service: ec2, Api: DescribeVpcs, Other: '{{ A.Nope }}' }\n    outputs: [{ Name: Id, Selector: "$.Vpcs[0].VpcId", Type: String }]\n`,
    );
    assert.match(message, /\{\{ B\.Id \}\} refers to a step that does not run before this one/);
    assert.match(message, /step A has no output Nope/);
  });

  it('refuses invalid YAML with the line', () => {
    assert.match(refusal('schemaVersion: "0.3"\nmainSteps:\n  - name: [A\n'), /line \d+: invalid YAML/);
  });

  it('never throws anything but RunbookError on malformed input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ schemaVersion: '0.3', mainSteps: [value] }))), (text) => {
        try {
          runbook(text);
        } catch (error) {
          if (!(error instanceof RunbookError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('selectors and output types', () => {
  const response = { Vpcs: [{ VpcId: 'vpc-1', IsDefault: false, Tags: [{ Key: 'a' }] }, { VpcId: 'vpc-2' }], 'odd-key': 3 };

  it('selects members, indexes, wildcards and quoted keys', () => {
    assert.deepEqual(select(response, '$'), { found: true, value: response });
    assert.deepEqual(select(response, '$.Vpcs[1].VpcId'), { found: true, value: 'vpc-2' });
    assert.deepEqual(select(response, '$.Vpcs[*].VpcId'), { found: true, value: ['vpc-1', 'vpc-2'] });
    assert.deepEqual(select(response, "$['odd-key']"), { found: true, value: 3 });
    assert.deepEqual(select(response, '$.Vpcs[5].VpcId'), { found: false });
    assert.deepEqual(select(response, '$.Vpcs[0].IsDefault'), { found: true, value: false });
  });

  it('refuses filters, slices and script expressions', () => {
    assert.match(parseSelector('$.Vpcs[?(@.IsDefault)]').error ?? '', /unsupported \[\?\(@\.IsDefault\)\]/);
    assert.match(parseSelector('$.Vpcs[0:2]').error ?? '', /unsupported/);
    assert.match(parseSelector('Vpcs').error ?? '', /must start with \$/);
  });

  it('parses any string without throwing, and selects from any value without throwing', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (selector, value) => {
        const parsed = parseSelector(selector);
        if (!parsed.error) select(value, selector);
      }),
      { numRuns: 500 },
    );
  });

  it('coerces outputs to their Type and refuses mismatches', () => {
    assert.equal(coerceOutput(true, 'String', 'S.O'), 'True');
    assert.equal(coerceOutput('42', 'Integer', 'S.O'), 42);
    assert.equal(coerceOutput('TRUE', 'Boolean', 'S.O'), true);
    assert.deepEqual(coerceOutput([1, 'a'], 'StringList', 'S.O'), ['1', 'a']);
    assert.deepEqual(coerceOutput([{ a: 1 }], 'MapList', 'S.O'), [{ a: 1 }]);
    assert.throws(() => coerceOutput({ a: 1 }, 'String', 'S.O'), /output S\.O: .* is not a String/);
    assert.throws(() => coerceOutput('x', 'StringMap', 'S.O'), /is not a StringMap/);
    assert.throws(() => coerceOutput(1.5, 'Integer', 'S.O'), /is not a Integer/);
  });

  it('parses ISO-8601 durations', () => {
    assert.equal(parseIsoDuration('PT10M'), 600);
    assert.equal(parseIsoDuration('P1DT1S'), 86_401);
    assert.equal(parseIsoDuration('PT'), undefined);
    assert.equal(parseIsoDuration('10M'), undefined);
    fc.assert(fc.property(fc.string(), (text) => void parseIsoDuration(text)));
  });
});

describe('interpolation', () => {
  const values: Record<string, unknown> = { Ids: ['a', 'b'], Count: 3, Name: 'x', 'Step.Out': { k: 'v' } };
  const lookup = (reference: string): unknown => {
    if (reference in values) return values[reference];
    throw new Error(`no ${reference}`);
  };

  it('keeps the type of a whole reference, renders embedded ones, splices lists', () => {
    assert.deepEqual(interpolate({ A: '{{ Count }}', B: 'n-{{Name}}-{{ Count }}', C: ['{{ Ids }}', 'c'], D: '{{ Step.Out }}' }, lookup), {
      A: 3,
      B: 'n-x-3',
      C: ['a', 'b', 'c'],
      D: { k: 'v' },
    });
    assert.deepEqual(referencesIn({ a: ['{{ A }} and {{B.C}}'], b: '{{ global:REGION }}' }), ['A', 'B.C', 'global:REGION']);
  });
});

describe('executing runbooks', () => {
  const FULL = `schemaVersion: '0.3'
parameters:
  VpcId:
    type: String
    allowedPattern: '^vpc-[0-9a-f]+$'
  Mode:
    type: String
    default: create
    allowedValues: [create, skip]
  Days:
    type: Integer
    default: 60
outputs:
  - Describe.State
  - Create.Id
mainSteps:
  - name: Describe
    action: aws:executeAwsApi
    inputs:
      Service: ec2
      Api: DescribeVpcs
      VpcIds: ['{{ VpcId }}']
    outputs:
      - { Name: State, Selector: '$.Vpcs[0].State', Type: String }
      - { Name: Count, Selector: '$.Vpcs[0].Count', Type: Integer }
  - name: Choose
    action: aws:branch
    inputs:
      Choices:
        - NextStep: Finish
          Variable: '{{ Mode }}'
          StringEquals: skip
        - NextStep: Create
          And:
            - { Variable: '{{ Describe.State }}', StringEquals: available }
            - Not: { Variable: '{{ Describe.Count }}', NumericGreater: 5 }
      Default: Finish
  - name: Create
    action: aws:executeAwsApi
    inputs:
      Service: logs
      Api: PutRetentionPolicy
      logGroupName: 'group-{{ VpcId }}'
      retentionInDays: '{{ Days }}'
    outputs:
      - { Name: Id, Selector: $.id, Type: String }
  - name: Wait
    action: aws:waitForAwsResourceProperty
    timeoutSeconds: 60
    inputs:
      Service: ec2
      Api: DescribeFlowLogs
      PropertySelector: $.FlowLogs[0].FlowLogStatus
      DesiredValues: [ACTIVE]
  - name: Finish
    action: aws:assertAwsResourceProperty
    isEnd: true
    inputs:
      Service: ec2
      Api: DescribeVpcs
      VpcIds: ['{{ VpcId }}']
      PropertySelector: $.Vpcs[0].IsDefault
      DesiredValues: ['False']
`;

  const answers = () => ({
    'ec2:DescribeVpcs': () => ({ Vpcs: [{ State: 'available', Count: '2', IsDefault: false }] }),
    'logs:PutRetentionPolicy': () => ({ id: 'r-1' }),
    'ec2:DescribeFlowLogs': (_input: Record<string, unknown>, call: number) => ({ FlowLogs: [{ FlowLogStatus: call < 3 ? 'PENDING' : 'ACTIVE' }] }),
  });

  it('runs each action, interpolates parameters and outputs, follows branches and polls with the clock', async () => {
    const { caller, requests } = scriptedCaller(answers());
    const clock = virtualClock();
    const record = await executeRunbook(runbook(FULL), { parameters: { VpcId: 'vpc-0abc' }, caller, clock, pollSeconds: 10 });
    assert.equal(record.status, 'Success', record.error);
    assert.deepEqual(record.steps.map((step) => [step.name, step.status]), [
      ['Describe', 'Success'],
      ['Choose', 'Success'],
      ['Create', 'Success'],
      ['Wait', 'Success'],
      ['Finish', 'Success'],
    ]);
    assert.deepEqual(requests[1]?.input, { logGroupName: 'group-vpc-0abc', retentionInDays: 60 });
    assert.deepEqual(requests[0]?.input, { VpcIds: ['vpc-0abc'] });
    assert.equal(requests.filter((request) => request.api === 'DescribeFlowLogs').length, 3);
    assert.deepEqual(clock.slept, [10_000, 10_000]);
    assert.deepEqual(record.outputs, { 'Describe.State': 'available', 'Create.Id': 'r-1' });
    assert.deepEqual(record.parameters, { VpcId: 'vpc-0abc', Mode: 'create', Days: 60 });
  });

  it('takes the first true choice and the Default', async () => {
    const { caller, requests } = scriptedCaller(answers());
    const record = await executeRunbook(runbook(FULL), { parameters: { VpcId: 'vpc-0abc', Mode: 'skip' }, caller, clock: virtualClock() });
    assert.deepEqual(record.steps.map((step) => step.name), ['Describe', 'Choose', 'Finish']);
    assert.equal(requests.length, 2);
    const busy = scriptedCaller({ ...answers(), 'ec2:DescribeVpcs': () => ({ Vpcs: [{ State: 'available', Count: 9, IsDefault: false }] }) });
    const viaDefault = await executeRunbook(runbook(FULL), { parameters: { VpcId: 'vpc-0abc' }, caller: busy.caller, clock: virtualClock() });
    assert.deepEqual(viaDefault.steps.map((step) => step.name), ['Describe', 'Choose', 'Finish']);
  });

  it('validates parameters before anything runs', async () => {
    const { caller, requests } = scriptedCaller(answers());
    await assert.rejects(
      executeRunbook(runbook(FULL), { parameters: { VpcId: 'subnet-1', Mode: 'delete', Days: 'sixty', Extra: 'x' }, caller }),
      (error: unknown) =>
        error instanceof ParameterError &&
        /has no parameter Extra/.test(error.message) &&
        /VpcId: "subnet-1" does not match the allowed pattern/.test(error.message) &&
        /Mode: "delete" is not one of the allowed values \(create, skip\)/.test(error.message) &&
        /Days: expects an integer/.test(error.message),
    );
    await assert.rejects(executeRunbook(runbook(FULL), { parameters: {}, caller }), /parameter VpcId is required/);
    assert.equal(requests.length, 0);
  });

  it('refuses an API the SDK does not have before the first step', async () => {
    const { caller, requests } = scriptedCaller(answers());
    const checked: ApiCaller = { ...caller, call: caller.call, check: async (service, api) => (api === 'PutRetentionPolicy' ? `${service} has no API ${api}` : undefined) };
    await assert.rejects(executeRunbook(runbook(FULL), { parameters: { VpcId: 'vpc-1' }, caller: checked }), /step Create: logs has no API PutRetentionPolicy/);
    assert.equal(requests.length, 0);
  });

  it('fails an assertion with the value found, and a wait times out on the clock', async () => {
    const wrong = scriptedCaller({ ...answers(), 'ec2:DescribeVpcs': () => ({ Vpcs: [{ State: 'available', Count: 1, IsDefault: true }] }), 'ec2:DescribeFlowLogs': () => ({ FlowLogs: [] }) });
    const clock = virtualClock();
    const record = await executeRunbook(runbook(FULL), { parameters: { VpcId: 'vpc-1' }, caller: wrong.caller, clock, pollSeconds: 20 });
    assert.equal(record.status, 'TimedOut');
    const wait = record.steps.find((step) => step.name === 'Wait');
    assert.equal(wait?.status, 'TimedOut');
    assert.match(wait?.error ?? '', /still absent after 60 s/);
    assert.deepEqual(clock.slept, [20_000, 20_000, 20_000], 'polled at 0, 20, 40 and 60 s');
    assert.equal(record.steps.length, 4, 'Abort stops the execution');

    const assertOnly = runbook(
      "schemaVersion: '0.3'\nmainSteps:\n  - name: Check\n    action: aws:assertAwsResourceProperty\n    inputs: { Service: ec2, Api: DescribeVpcs, PropertySelector: '$.Vpcs[0].IsDefault', DesiredValues: ['False'] }\n",
    );
    const failed = await executeRunbook(assertOnly, { parameters: {}, caller: wrong.caller });
    assert.equal(failed.status, 'Failed');
    assert.match(failed.error ?? '', /step Check failed: \$\.Vpcs\[0\]\.IsDefault is "True", expected one of "False"/);
  });

  it('retries a step maxAttempts times, and honours onFailure Continue, step:NAME and isCritical', async () => {
    const document = runbook(`schemaVersion: '0.3'
mainSteps:
  - name: Flaky
    action: aws:executeAwsApi
    maxAttempts: 3
    inputs: { Service: ec2, Api: CreateFlowLogs }
  - name: Optional
    action: aws:executeAwsApi
    onFailure: Continue
    inputs: { Service: ec2, Api: DeleteVpc }
  - name: Critical
    action: aws:executeAwsApi
    onFailure: step:Rollback
    inputs: { Service: ec2, Api: DeleteSubnet }
  - name: Skipped
    action: aws:sleep
    inputs: { Duration: PT1S }
  - name: Rollback
    action: aws:sleep
    inputs: { Duration: PT5S }
`);
    const { caller, requests } = scriptedCaller({
      'ec2:CreateFlowLogs': (_input, call) => {
        if (call < 3) throw Object.assign(new Error('slow down'), { name: 'Throttling' });
        return {};
      },
      'ec2:DeleteVpc': () => {
        throw Object.assign(new Error('has dependencies'), { name: 'DependencyViolation' });
      },
      'ec2:DeleteSubnet': () => {
        throw Object.assign(new Error('in use'), { name: 'DependencyViolation' });
      },
    });
    const clock = virtualClock();
    const record = await executeRunbook(document, { parameters: {}, caller, clock });
    assert.deepEqual(record.steps.map((step) => [step.name, step.status, step.attempts]), [
      ['Flaky', 'Success', 3],
      ['Optional', 'Failed', 1],
      ['Critical', 'Failed', 1],
      ['Rollback', 'Success', 1],
    ]);
    assert.equal(record.steps[1]?.error, 'DependencyViolation: has dependencies');
    assert.equal(record.status, 'Failed', 'the critical step failed');
    assert.match(record.error ?? '', /step Critical failed: DependencyViolation: in use/);
    assert.equal(requests.length, 5);
    assert.deepEqual(clock.slept, [5000]);
  });

  it('times a hanging API call out after timeoutSeconds', async () => {
    const document = runbook("schemaVersion: '0.3'\nmainSteps:\n  - name: Hang\n    action: aws:executeAwsApi\n    timeoutSeconds: 1\n    inputs: { Service: ec2, Api: DescribeVpcs }\n");
    let aborted = false;
    const caller: ApiCaller = {
      call: ({ signal }) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          }),
        ),
    };
    const started = Date.now();
    const record = await executeRunbook(document, { parameters: {}, caller });
    assert.equal(record.status, 'TimedOut');
    assert.match(record.error ?? '', /ec2 DescribeVpcs did not answer within 1 s/);
    assert.ok(aborted, 'the request was aborted');
    assert.ok(Date.now() - started < 3000);
  });

  it('sleeps by duration and by timestamp on the clock, and fills in system variables', async () => {
    const document = runbook(`schemaVersion: '0.3'
mainSteps:
  - name: Nap
    action: aws:sleep
    inputs: { Duration: PT2M }
  - name: Until
    action: aws:sleep
    inputs: { Timestamp: '2026-01-01T00:10:00Z' }
  - name: Past
    action: aws:sleep
    inputs: { Timestamp: '2020-01-01T00:00:00Z' }
  - name: Tag
    action: aws:executeAwsApi
    inputs: { Service: ec2, Api: CreateTags, Value: '{{ global:REGION }}/{{ global:ACCOUNT_ID }}/{{ global:DATE }}/{{ automation:EXECUTION_ID }}' }
`);
    const { caller, requests } = scriptedCaller({ 'ec2:CreateTags': () => ({}) });
    const clock = virtualClock(Date.parse('2026-01-01T00:00:00Z'));
    const record = await executeRunbook(document, { parameters: {}, caller, clock, executionId: 'exec-1', context: { region: 'eu-west-1', accountId: '111122223333' } });
    assert.equal(record.status, 'Success', record.error);
    assert.deepEqual(clock.slept, [120_000, 480_000, 0]);
    assert.equal(requests[0]?.input.Value, 'eu-west-1/111122223333/2026-01-01/exec-1');
  });

  it('fails a step that refers to an output its selector did not find', async () => {
    const document = runbook(`schemaVersion: '0.3'
mainSteps:
  - name: Find
    action: aws:executeAwsApi
    inputs: { Service: ec2, Api: DescribeVpcs }
    outputs: [{ Name: Id, Selector: '$.Vpcs[0].VpcId', Type: String }]
  - name: Use
    action: aws:executeAwsApi
    inputs: { Service: ec2, Api: DeleteVpc, VpcId: '{{ Find.Id }}' }
`);
    const { caller, requests } = scriptedCaller({ 'ec2:DescribeVpcs': () => ({ Vpcs: [] }), 'ec2:DeleteVpc': () => ({}) });
    const record = await executeRunbook(document, { parameters: {}, caller });
    assert.equal(record.status, 'Failed');
    assert.match(record.error ?? '', /output Find\.Id has no value: selector \$\.Vpcs\[0\]\.VpcId matched nothing/);
    assert.equal(requests.length, 1);
  });
});
