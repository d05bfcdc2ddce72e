// The emulator's admin API over HTTP, for a process that did not start the emulator itself (the demo, the
// end-to-end suite): the same methods as `emulator.admin`.
import type { FaultOptions } from './faults';
import type { JsonObject } from './seed';
import type { AdminResource, AdminScope, Counters, EmulatorAdmin, RequestLogEntry } from './server';

export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class AdminClient implements EmulatorAdmin {
  private readonly base: string;

  constructor(url: string) {
    this.base = url.replace(/\/+$/, '');
  }

  private async call<T>(method: 'GET' | 'POST', route: string, query?: { [k: string]: string | undefined } | object, body?: unknown): Promise<T> {
    const u = new URL(`${this.base}/_admin/${route}`);
    for (const [k, v] of Object.entries(query ?? {})) if (typeof v === "string") u.searchParams.set(k, v);
    const res = await fetch(u, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await res.json()) as T & { error?: string; message?: string };
    if (!res.ok) throw new AdminError(res.status, payload.error ?? 'Error', payload.message ?? `admin ${route}: HTTP ${res.status}`);
    return payload;
  }

  health(): Promise<{ ok: true }> {
    return this.call('GET', 'health');
  }
  counters(): Promise<Counters> {
    return this.call('GET', 'counters');
  }
  async resetCounters(): Promise<void> {
    await this.call('POST', 'counters/reset');
  }
  async requests(limit?: number): Promise<RequestLogEntry[]> {
    return (await this.call<{ requests: RequestLogEntry[] }>('GET', 'requests', { limit: limit === undefined ? undefined : String(limit) })).requests;
  }
  async listResources(filter: AdminScope & { type?: string } = {}): Promise<AdminResource[]> {
    return (await this.call<{ resources: AdminResource[] }>('GET', 'resources', filter)).resources;
  }
  async getResource(q: AdminScope & { type: string; identifier: string }): Promise<AdminResource | undefined> {
    try {
      return await this.call<AdminResource>('GET', 'resource', q);
    } catch (e) {
      if (e instanceof AdminError && e.status === 404 && e.code === 'NotFound') return undefined;
      throw e;
    }
  }
  createResource(m: Parameters<EmulatorAdmin['createResource']>[0]): Promise<AdminResource> {
    return this.call('POST', 'create', undefined, m);
  }
  updateResource(m: Parameters<EmulatorAdmin['updateResource']>[0]): Promise<AdminResource> {
    return this.call('POST', 'update', undefined, m);
  }
  async deleteResource(m: Parameters<EmulatorAdmin['deleteResource']>[0]): Promise<void> {
    await this.call('POST', 'delete', undefined, m);
  }
  async events(q: AdminScope = {}): Promise<Record<string, unknown>[]> {
    return (await this.call<{ events: Record<string, unknown>[] }>('GET', 'events', q)).events;
  }
  faults(): Promise<FaultOptions> {
    return this.call('GET', 'faults');
  }
  async setFaults(f: FaultOptions): Promise<void> {
    await this.call('POST', 'faults', undefined, f);
  }
}

export type { JsonObject };
