// `tosei serve`'s dashboard: read-only pages at /ui/ over the evaluation store, and the JSON API at /api/ they use.
import { createHmac } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { Exception } from '../../engine/suppressions.js';
import type { SqlExecutor } from '../../store/database.js';
import { frameworkStates, type ControlResult, type RuleTally } from '../../frameworks/compliance.js';
import { FRAMEWORK_IDS, FRAMEWORKS, isFrameworkId, rulesByControl, type FrameworkId } from '../../frameworks/index.js';
import { STATUSES, type Status } from '../../model/evaluation.js';
import { builtinRules } from '../../rules/index.js';
import { currentFindings, currentTotals, facets, postureByDay, recentRuns, resourceTimeline, ruleTallies, storeVersion, verdictsOfRules, type Scope, type VerdictSelection } from '../../store/dashboard.js';
import { RemediationStore } from '../../store/remediation.js';
import { bearerMatches } from '../intake/app.js';
import { errorMessage, type Logger } from '../run-task/log.js';
import { DASHBOARD_SCRIPT, DASHBOARD_STYLES, dashboardPage, loginPage } from './page.js';

export interface DashboardOptions {
  db: SqlExecutor;
  logger: Logger;
  /** With a token every page and API call needs it (a session cookie, or `Authorization: Bearer`); without one, loopback clients only. */
  apiToken?: string;
  /** `.tosei.yml` exceptions of the server's settings: the ones expiring soon are listed. */
  exceptions?: readonly Exception[];
  now?: () => Date;
}

const SESSION_COOKIE = 'tosei_session';
const MAX_PAGE = 200;
const EXPIRING_WITHIN_DAYS = 30;
const MAX_LOGIN_BYTES = 4096;

/** Content-Security-Policy of every page: nothing but this origin, no inline script. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function createDashboardApp(options: DashboardOptions): Hono {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  // The cookie holds a value derived from the token, never the token: a leaked cookie does not give the API token.
  const session = options.apiToken ? createHmac('sha256', options.apiToken).update('tosei dashboard session').digest('hex') : undefined;
  const app = new Hono();

  app.use('/ui/*', async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'no-store');
  });

  const allowed = (c: Context): boolean => {
    if (!options.apiToken || !session) return isLoopback(remoteAddress(c));
    if (bearerMatches(c.req.header('authorization'), options.apiToken)) return true;
    // The session value compared as a bearer token is: in constant time, whatever its length.
    return bearerMatches(`Bearer ${cookie(c.req.header('cookie'), SESSION_COOKIE) ?? ''}`, session);
  };

  app.get('/ui', (c) => c.redirect('/ui/', 302));
  app.get('/ui/app.js', (c) => c.body(DASHBOARD_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/ui/app.css', (c) => c.body(DASHBOARD_STYLES, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/ui/login', (c) => (options.apiToken ? c.html(loginPage()) : c.redirect('/ui/', 302)));
  app.post('/ui/login', async (c) => {
    if (!options.apiToken || !session) return c.redirect('/ui/', 302);
    // A sign-in form is a few hundred bytes; a larger body is not read at all.
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (!(declared <= MAX_LOGIN_BYTES)) return c.text('a sign-in form is small: send it with its Content-Length', declared > MAX_LOGIN_BYTES ? 413 : 411);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token : '';
    if (!bearerMatches(`Bearer ${token}`, options.apiToken)) {
      logger.log('warn', 'dashboard login refused', { reason: token ? 'wrong token' : 'no token' });
      return c.html(loginPage('That token is not the one this server was started with.'), 401);
    }
    const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
    c.header('set-cookie', `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Strict${secure}`);
    return c.redirect('/ui/', 303);
  });
  app.post('/ui/logout', (c) => {
    c.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    return c.redirect(options.apiToken ? '/ui/login' : '/ui/', 303);
  });
  app.get('/ui/', (c) => {
    if (allowed(c)) return c.html(dashboardPage());
    return options.apiToken ? c.redirect('/ui/login', 302) : c.text('the dashboard answers loopback clients only (start tosei serve with --api-token-file to open it to others)', 403);
  });

  const api = new Hono();
  api.use('*', async (c, next) => {
    if (!allowed(c)) {
      return options.apiToken ? c.json({ error: 'missing or wrong bearer token' }, 401, { 'www-authenticate': 'Bearer' }) : c.json({ error: 'loopback clients only' }, 403);
    }
    c.header('cache-control', 'no-store');
    try {
      await next();
    } catch (error) {
      logger.log('error', 'dashboard query failed', { path: c.req.path, error: errorMessage(error) });
      return c.json({ error: 'the store could not answer' }, 503);
    }
    return undefined;
  });
  api.get('/facets', async (c) => c.json(await facets(db)));
  api.get('/summary', async (c) => c.json(await currentTotals(db, scopeOf(c))));
  api.get('/posture', async (c) => {
    const days = boundedInteger(c.req.query('days'), 30, 1, 366);
    return c.json({ days, posture: await postureByDay(db, { ...scopeOf(c), days, now: now() }) });
  });
  api.get('/findings', async (c) => {
    const limit = boundedInteger(c.req.query('limit'), 50, 1, MAX_PAGE);
    const offset = boundedInteger(c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    const filter = {
      ...scopeOf(c),
      ...optional('status', c.req.query('status')),
      ...optional('severity', c.req.query('severity')),
      ...optional('ruleId', c.req.query('rule')),
      ...optional('text', c.req.query('q')),
      limit,
      offset,
    };
    return c.json({ limit, offset, ...(await currentFindings(db, filter)) });
  });
  api.get('/resources', async (c) => {
    const key = c.req.query('key');
    if (!key) return c.json({ error: 'key is required' }, 400);
    const found = await resourceTimeline(db, key);
    const resourceId = found.latest[0]?.resourceId ?? key;
    const remediations = await new RemediationStore(db).executions({ resourceId });
    return c.json({ key, ...found, remediations });
  });
  api.get('/runs', async (c) => {
    const limit = boundedInteger(c.req.query('limit'), 50, 1, MAX_PAGE);
    const offset = boundedInteger(c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    return c.json({ limit, offset, runs: await recentRuns(db, { ...optional('source', c.req.query('source')), limit, offset }) });
  });
  api.get('/exceptions', (c) => {
    const today = now().toISOString().slice(0, 10);
    const horizon = new Date(now().getTime() + EXPIRING_WITHIN_DAYS * 86_400_000).toISOString().slice(0, 10);
    const expiring = (options.exceptions ?? []).filter((exception) => exception.expires !== undefined && exception.expires >= today && exception.expires <= horizon);
    return c.json({ withinDays: EXPIRING_WITHIN_DAYS, exceptions: expiring.map((exception) => ({ rule: exception.rule, resource: exception.resource, ...(exception.file ? { file: exception.file } : {}), reason: exception.reason ?? null, expires: exception.expires })) });
  });
  // Every framework's rules counted once per store version (at most a minute old): on a large store the count reads every
  // latest verdict's index entry, and the list and each framework's page would otherwise repeat it on every view.
  let counted: { version: string; at: number; tallies: Promise<Map<string, RuleTally>> } | undefined;
  const frameworkTallies = async (): Promise<Map<string, RuleTally>> => {
    const version = await storeVersion(db);
    if (!counted || counted.version !== version || Date.now() - counted.at > TALLIES_MAX_AGE_MS) {
      const tallies = ruleTallies(db, rulesOf(FRAMEWORK_IDS));
      counted = { version, at: Date.now(), tallies };
      tallies.catch(() => {
        if (counted?.tallies === tallies) counted = undefined;
      });
    }
    return counted.tallies;
  };
  api.get('/frameworks', async (c) => {
    const tallies = await frameworkTallies();
    return c.json({
      source: STORE_SOURCE,
      frameworks: FRAMEWORKS.map((framework) => ({ ...framework, totals: frameworkStates(framework.id, RULES, tallies, { source: STORE_SOURCE }).totals })),
    });
  });
  api.get('/frameworks/:id', async (c) => {
    const id = c.req.param('id');
    if (!isFrameworkId(id)) return c.json({ error: `no framework ${id}` }, 404);
    const report = frameworkStates(id, RULES, await frameworkTallies(), { source: STORE_SOURCE });
    return c.json({ ...report, controls: report.controls.map(withoutFindings) });
  });
  api.get('/frameworks/:id/controls/:control', async (c) => {
    const id = c.req.param('id');
    if (!isFrameworkId(id)) return c.json({ error: `no framework ${id}` }, 404);
    const statusParameter = c.req.query('status');
    if (statusParameter !== undefined && statusParameter !== '' && statusParameter !== 'SUPPRESSED' && !STATUSES.includes(statusParameter as Status)) {
      return c.json({ error: `status is one of ${[...STATUSES, 'SUPPRESSED'].join(', ')}` }, 400);
    }
    const controlId = c.req.param('control');
    const rules = rulesByControl(id, RULES).get(controlId);
    if (!rules) return c.json({ error: `${id} has no control ${controlId}` }, 404);
    // A control's judgement reads its own rules' counts only: those are all that is counted.
    const report = frameworkStates(id, RULES, await ruleTallies(db, rules), { source: STORE_SOURCE });
    const control = report.controls.find((candidate) => candidate.id === controlId);
    if (!control) return c.json({ error: `${id} has no control ${controlId}` }, 404);
    const limit = boundedInteger(c.req.query('limit'), 50, 1, MAX_PAGE);
    const offset = boundedInteger(c.req.query('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
    // By default the verdicts behind the state: the failing ones of a failing control, the undecided ones of an unknown one.
    const selection: VerdictSelection =
      statusParameter === 'SUPPRESSED' ? 'SUPPRESSED' : { statuses: statusParameter ? [statusParameter] : STATE_VERDICTS[control.state] };
    const status = selection === 'SUPPRESSED' ? ['SUPPRESSED'] : selection.statuses;
    const page = await verdictsOfRules(db, control.rules, selection, { limit, offset });
    return c.json({ framework: report.framework, control: withoutFindings(control), status, limit, offset, ...page });
  });
  app.route('/api', api);
  return app;
}

const STORE_SOURCE = 'the evaluation store (latest verdicts)';
const TALLIES_MAX_AGE_MS = 60_000;

/** The rules whose metadata map framework controls: the built-in ones, as `tosei report --framework` judges them. */
const RULES = builtinRules.map((rule) => rule.meta);

const STATE_VERDICTS: Record<ControlResult['state'], readonly Status[]> = {
  FAIL: ['NON_COMPLIANT', 'ERROR'],
  UNKNOWN: ['INSUFFICIENT_DATA'],
  PASS: ['COMPLIANT'],
  NOT_COVERED: [],
};

function rulesOf(frameworks: readonly FrameworkId[]): string[] {
  return RULES.filter((meta) => frameworks.some((framework) => (meta.frameworks?.[framework]?.length ?? 0) > 0)).map((meta) => meta.id);
}

function withoutFindings(control: ControlResult): Omit<ControlResult, 'findings'> {
  const { findings: _findings, ...rest } = control;
  return rest;
}

function scopeOf(c: Context): Scope {
  return { ...optional('account', c.req.query('account')), ...optional('region', c.req.query('region')), ...optional('source', c.req.query('source')) };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value !== undefined && value !== '' ? ({ [key]: value.slice(0, 512) } as Record<K, string>) : {};
}

function boundedInteger(text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || !/^\d{1,16}$/.test(text)) return fallback;
  return Math.min(max, Math.max(min, Number(text)));
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function remoteAddress(c: Context): string | undefined {
  return (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^127\./.test(address) || /^::ffff:127\./.test(address);
}
