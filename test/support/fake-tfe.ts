import type { ServerResponse } from 'node:http';
import { startLocalServer, type LocalServer, type RecordedRequest as LocalRequest } from './local-server.js';

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

type Callback = { status: string; body: Record<string, unknown>; authorization?: string; contentType?: string };

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
  private api!: LocalServer;
  private archivist!: LocalServer;
  private waiters: (() => void)[] = [];

  constructor(private readonly options: FakeTfeOptions) {}

  async start(): Promise<this> {
    this.api = await startLocalServer((request, response) => this.handleApi(this.record('api', request, response), response));
    this.archivist = await startLocalServer((request, response) => this.handleArchivist(this.record('archivist', request, response), response));
    return this;
  }

  get apiHost(): string {
    return new URL(this.api.url).host;
  }

  get archivistHost(): string {
    return new URL(this.archivist.url).host;
  }

  planUrl(id: string): string {
    return `${this.api.url}/api/v2/plans/${id}/json-output`;
  }

  configurationUrl(id: string): string {
    return `${this.api.url}/api/v2/configuration-versions/${id}/download`;
  }

  callbackUrl(id: string): string {
    return `${this.api.url}/api/v2/task-results/${id}/callback`;
  }

  /** Callbacks answered 200, in arrival order. */
  callbacks(id?: string): Callback[] {
    return this.requests
      .filter((request) => request.method === 'PATCH' && request.status === 200 && (!id || request.path.includes(`/task-results/${id}/`)))
      .map((request) => {
        const body = JSON.parse(request.body) as { data: { attributes: { status: string } } };
        return { status: body.data.attributes.status, body: body as unknown as Record<string, unknown>, ...(request.authorization ? { authorization: request.authorization } : {}), ...(request.contentType ? { contentType: request.contentType } : {}) };
      });
  }

  /** Resolves when a final (passed/failed) callback for `id` has arrived. */
  async finalCallback(id: string, timeoutMs = 20_000): Promise<Callback> {
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
    await Promise.all([this.api.close(), this.archivist.close()]);
  }

  private record(server: 'api' | 'archivist', request: LocalRequest, response: ServerResponse): RecordedRequest {
    const header = (name: string) => request.headers[name] as string | undefined;
    const recorded: RecordedRequest = {
      server,
      method: request.method,
      path: request.url,
      ...(header('authorization') ? { authorization: header('authorization') as string } : {}),
      ...(header('content-type') ? { contentType: header('content-type') as string } : {}),
      body: request.body,
    };
    this.requests.push(recorded);
    response.on('finish', () => {
      recorded.status = response.statusCode;
      for (const wake of this.waiters.splice(0)) wake();
    });
    return recorded;
  }

  private handleApi(request: RecordedRequest, res: ServerResponse): void {
    if (request.authorization !== `Bearer ${this.options.token}`) {
      res.writeHead(401, { 'content-type': 'application/vnd.api+json' }).end('{"errors":[{"status":"401","title":"unauthorized"}]}');
      return;
    }
    const plan = /^\/api\/v2\/plans\/([^/]+)\/json-output$/.exec(request.path);
    if (request.method === 'GET' && plan) {
      res.writeHead(307, { location: `${this.archivist.url}/plans/${plan[1]}?signature=temporary` }).end();
      return;
    }
    const configuration = /^\/api\/v2\/configuration-versions\/([^/]+)\/download$/.exec(request.path);
    if (request.method === 'GET' && configuration) {
      res.writeHead(302, { location: `${this.archivist.url}/configurations/${configuration[1]}` }).end();
      return;
    }
    if (request.method === 'PATCH' && /^\/api\/v2\/task-results\/[^/]+\/callback$/.test(request.path)) {
      if (this.failCallbacks > 0 && !request.body.includes('"running"')) {
        this.failCallbacks -= 1;
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end('{}');
      return;
    }
    res.writeHead(404).end();
  }

  private async handleArchivist(request: RecordedRequest, res: ServerResponse): Promise<void> {
    if (this.holdDownloads) await this.holdDownloads;
    const plan = /^\/plans\/([^/?]+)/.exec(request.path);
    const configuration = /^\/configurations\/([^/?]+)/.exec(request.path);
    const content = plan ? this.options.plans?.[plan[1] as string] : configuration ? this.options.configurations?.[configuration[1] as string] : undefined;
    if (content === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': plan ? 'application/json' : 'application/octet-stream' }).end(content);
  }
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
