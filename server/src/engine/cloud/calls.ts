// The two Cloud Control reads a scan makes, through the scheduler: GetResource and (paginated) ListResources.
import { GetResourceCommand, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol';
import type { CloudConnection } from './connect';
import { CallError, type RequestScheduler } from './scheduler';

export interface CallContext {
  scheduler: RequestScheduler;
  priority?: number;
  signal?: AbortSignal;
}

export interface LiveResource {
  identifier: string;
  properties: Record<string, unknown>;
}

function parseProperties(text: string | undefined, what: string): Record<string, unknown> {
  if (text === undefined || text === '') return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new CallError(`${what}: the resource model is not valid JSON`, 'client', undefined, 1);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new CallError(`${what}: the resource model is not a JSON object`, 'client', undefined, 1);
  return v as Record<string, unknown>;
}

/** GetResource. Resolves to undefined when the resource does not exist (ResourceNotFoundException). */
export async function getResource(
  conn: CloudConnection,
  typeName: string,
  identifier: string,
  ctx: CallContext,
): Promise<LiveResource | undefined> {
  const label = `GetResource ${typeName} ${identifier}`;
  try {
    const out = await ctx.scheduler.run({
      bucket: conn.bucket,
      priority: ctx.priority,
      label,
      signal: ctx.signal,
      call: (signal) => conn.client.send(new GetResourceCommand({ TypeName: typeName, Identifier: identifier }), { abortSignal: signal }),
    });
    const d = out.ResourceDescription;
    return { identifier: d?.Identifier ?? identifier, properties: parseProperties(d?.Properties, label) };
  } catch (err) {
    if (err instanceof CallError && err.code === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}

export type ListOutcome =
  | { kind: 'listed'; resources: LiveResource[]; pages: number }
  /** The type cannot be listed this way: no list handler, or its list needs a ResourceModel. */
  | { kind: 'skipped'; reason: string };

/** ListResources, every page. Types that cannot be listed without a ResourceModel, or not at all, are `skipped`. */
export async function listResources(conn: CloudConnection, typeName: string, ctx: CallContext): Promise<ListOutcome> {
  const resources: LiveResource[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const label = `ListResources ${typeName} (${conn.region}${pages ? `, page ${pages + 1}` : ''})`;
    let out;
    try {
      const nextToken = token;
      out = await ctx.scheduler.run({
        bucket: conn.bucket,
        priority: ctx.priority,
        label,
        signal: ctx.signal,
        call: (signal) => conn.client.send(new ListResourcesCommand({ TypeName: typeName, NextToken: nextToken, MaxResults: 100 }), { abortSignal: signal }),
      });
    } catch (err) {
      if (err instanceof CallError && err.kind === 'client') {
        const skip = skipReason(err);
        if (skip) return { kind: 'skipped', reason: skip };
      }
      throw err;
    }
    pages++;
    for (const d of out.ResourceDescriptions ?? []) {
      if (!d.Identifier) continue;
      resources.push({ identifier: d.Identifier, properties: parseProperties(d.Properties, label) });
    }
    const next = out.NextToken || undefined;
    if (next !== undefined && next === token) break; // a server that repeats its token would loop forever
    token = next;
  } while (token);
  return { kind: 'listed', resources, pages };
}

function skipReason(err: CallError): string | undefined {
  const msg = err.message;
  if (err.code === 'UnsupportedActionException') return 'the type has no list handler';
  if (/ResourceModel/i.test(msg) && (err.code === 'InvalidRequestException' || err.code === 'ValidationException')) {
    return 'its list handler needs a ResourceModel (a parent identifier)';
  }
  return undefined;
}
