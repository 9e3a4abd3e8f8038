import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  server: 'api' | 'archivist';
  method: string;
  path: string;
  authorization?: string;
  contentType?: string;
  body: string;
  /** The status the fake answered with. */
  status?: number;
}

export interface FakeTfeOptions {
  /** Plan JSON served per plan id. */
  plans?: Record<string, string | Buffer>;
  /** Configuration version tarballs per id. */
  configurations?: Record<string, Buffer>;
  /** The bearer token HCP Terraform would accept. */
  token: string;
}

/**
 * Plays HCP Terraform on 127.0.0.1 (protocols.md §B): the plan JSON endpoint answers 307 to a
 * second server playing the archivist download host, the callback endpoint records each PATCH.
 */
export class FakeTfe {
  readonly requests: RecordedRequest[] = [];
  /** When set, plan downloads wait for this before answering (a job stays mid-flight). */
  holdDownloads: Promise<void> | undefined;
  /** Answer the next N final (passed/failed) callbacks with 503. */
  failCallbacks = 0;
  private api!: Server;
  private archivist!: Server;
  private waiters: (() => void)[] = [];

  constructor(private readonly options: FakeTfeOptions) {}

  async start(): Promise<this> {
    this.api = createServer((req, res) => void this.handleApi(req, res));
    this.archivist = createServer((req, res) => void this.handleArchivist(req, res));
    await Promise.all([listen(this.api), listen(this.archivist)]);
    return this;
  }

  get apiHost(): string {
    return `127.0.0.1:${(this.api.address() as AddressInfo).port}`;
  }

  get archivistHost(): string {
    return `127.0.0.1:${(this.archivist.address() as AddressInfo).port}`;
  }

  planUrl(id: string): string {
    return `http://${this.apiHost}/api/v2/plans/${id}/json-output`;
  }

  configurationUrl(id: string): string {
    return `http://${this.apiHost}/api/v2/configuration-versions/${id}/download`;
  }

  callbackUrl(id: string): string {
    return `http://${this.apiHost}/api/v2/task-results/${id}/callback`;
  }

  callbacks(id?: string): { status: string; body: Record<string, unknown>; authorization?: string; contentType?: string }[] {
    return this.requests
      .filter((request) => request.method === 'PATCH' && request.status === 200 && (!id || request.path.includes(`/task-results/${id}/`)))
      .map((request) => {
        const body = JSON.parse(request.body) as { data: { attributes: { status: string } } };
        return { status: body.data.attributes.status, body: body as unknown as Record<string, unknown>, ...(request.authorization ? { authorization: request.authorization } : {}), ...(request.contentType ? { contentType: request.contentType } : {}) };
      });
  }

  /** Resolves when a final (passed/failed) callback for `id` has arrived. */
  async finalCallback(id: string, timeoutMs = 20_000): Promise<{ status: string; body: Record<string, unknown>; authorization?: string; contentType?: string }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const final = this.callbacks(id).find((callback) => callback.status !== 'running');
      if (final) return final;
      if (Date.now() > deadline) throw new Error(`no final callback for ${id} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async close(): Promise<void> {
    for (const server of [this.api, this.archivist]) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private record(server: 'api' | 'archivist', req: IncomingMessage, body: string): RecordedRequest {
    const recorded: RecordedRequest = {
      server,
      method: req.method ?? '',
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
      body,
    };
    this.requests.push(recorded);
    return recorded;
  }

  private answered(recorded: RecordedRequest, status: number): void {
    recorded.status = status;
    for (const wake of this.waiters.splice(0)) wake();
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const recorded = this.record('api', req, body);
    res.on('finish', () => this.answered(recorded, res.statusCode));
    if (req.headers.authorization !== `Bearer ${this.options.token}`) {
      res.writeHead(401, { 'content-type': 'application/vnd.api+json' }).end('{"errors":[{"status":"401","title":"unauthorized"}]}');
      return;
    }
    const plan = /^\/api\/v2\/plans\/([^/]+)\/json-output$/.exec(req.url ?? '');
    if (req.method === 'GET' && plan) {
      res.writeHead(307, { location: `http://${this.archivistHost}/plans/${plan[1]}?signature=temporary` }).end();
      return;
    }
    const configuration = /^\/api\/v2\/configuration-versions\/([^/]+)\/download$/.exec(req.url ?? '');
    if (req.method === 'GET' && configuration) {
      res.writeHead(302, { location: `http://${this.archivistHost}/configurations/${configuration[1]}` }).end();
      return;
    }
    if (req.method === 'PATCH' && /^\/api\/v2\/task-results\/[^/]+\/callback$/.test(req.url ?? '')) {
      if (this.failCallbacks > 0 && !body.includes('"running"')) {
        this.failCallbacks -= 1;
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end('{}');
      return;
    }
    res.writeHead(404).end();
  }

  private async handleArchivist(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const recorded = this.record('archivist', req, await readAll(req));
    res.on('finish', () => this.answered(recorded, res.statusCode));
    if (this.holdDownloads) await this.holdDownloads;
    const plan = /^\/plans\/([^/?]+)/.exec(req.url ?? '');
    const configuration = /^\/configurations\/([^/?]+)/.exec(req.url ?? '');
    const content = plan ? this.options.plans?.[plan[1] as string] : configuration ? this.options.configurations?.[configuration[1] as string] : undefined;
    if (content === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': plan ? 'application/json' : 'application/octet-stream' }).end(content);
  }
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A run task request as HCP Terraform sends it (the doc's sample, §B.1), pointed at the fake. */
export function runTaskPayload(tfe: FakeTfe, taskResultId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    payload_version: 1,
    stage: 'post_plan',
    access_token: tfeToken,
    capabilities: { outcomes: true },
    configuration_version_download_url: tfe.configurationUrl('cv-ntv3HbhJqvFzamy7'),
    configuration_version_id: 'cv-ntv3HbhJqvFzamy7',
    is_speculative: false,
    organization_name: 'hashicorp',
    plan_json_api_url: tfe.planUrl('plan-fail'),
    run_app_url: 'https://app.terraform.io/app/hashicorp/my-workspace/runs/run-i3Df5to9ELvibKpQ',
    run_created_at: '2021-09-02T14:47:13.036Z',
    run_created_by: 'username',
    run_id: 'run-i3Df5to9ELvibKpQ',
    run_message: 'Triggered via UI',
    task_result_callback_url: tfe.callbackUrl(taskResultId),
    task_result_enforcement_level: 'mandatory',
    task_result_id: taskResultId,
    vcs_branch: 'main',
    vcs_commit_url: null,
    vcs_pull_request_url: null,
    vcs_repo_url: null,
    workspace_app_url: 'https://app.terraform.io/app/hashicorp/my-workspace',
    workspace_id: 'ws-ck4G5bb1Yei5szRh',
    workspace_name: 'tfr_github_0',
    workspace_working_directory: '',
    ...overrides,
  };
}

/** A token shaped like HCP Terraform's, so a leak into the logs is easy to spot. */
export const tfeToken = '4QEuyyxug1f2rw.atlasv1.iDyxqhXGVZ0ykes53YdQyHyYtFOrdAWNBxcVUgWvzb64NFHjcquu8gJMEdUwoSLRu4Q';
export const hmacKey = 'test-hmac-key-0123456789abcdef';
