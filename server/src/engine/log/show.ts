// `driftlog log show`: the recorded history, oldest first, optionally of one resource and since a date.
// Reads the batches as they are; it does not verify them (that is `verify`).

import { promises as fs } from 'node:fs';
import type { LogEvent } from './events';
import { listBatchFiles } from './store';
import type { BatchHeader, Log } from './store';

export interface HistoryEntry {
  batch: string;
  /** Repository-relative path of the batch file. */
  rel: string;
  createdAt: string;
  author: { name?: string; email: string };
  branch?: string;
  event: LogEvent;
}

export interface ShowOptions {
  /** A Terraform address; also matches its instances (`a.b` matches `a.b[0]`) and, for a module, its resources. */
  resource?: string;
  since?: Date;
  /** Only the newest N entries. */
  limit?: number;
}

export function matchesResource(address: string, resource: string): boolean {
  return address === resource || address.startsWith(resource + '.') || address.startsWith(resource + '[');
}

export async function show(log: Log, opts: ShowOptions = {}): Promise<{ entries: HistoryEntry[]; unreadable: string[] }> {
  const { batches } = await listBatchFiles(log);
  const entries: HistoryEntry[] = [];
  const unreadable: string[] = [];
  const since = opts.since?.toISOString();
  for (const b of batches) {
    let lines: string[];
    let header: BatchHeader;
    try {
      lines = (await fs.readFile(b.path, 'utf8')).split('\n').filter((l) => l !== '');
      header = JSON.parse(lines[0]) as BatchHeader;
      if (typeof header.createdAt !== 'string') throw new Error('no createdAt');
    } catch {
      unreadable.push(b.rel);
      continue;
    }
    if (since && header.createdAt < since) continue;
    for (const line of lines.slice(1)) {
      let event: LogEvent;
      try {
        event = JSON.parse(line) as LogEvent;
      } catch {
        unreadable.push(b.rel);
        break;
      }
      if (opts.resource && !matchesResource(String(event.address), opts.resource)) continue;
      entries.push({
        batch: b.name,
        rel: b.rel,
        createdAt: header.createdAt,
        author: { name: header.author?.name, email: header.author?.email },
        branch: header.git?.branch,
        event,
      });
    }
  }
  entries.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { entries: opts.limit ? entries.slice(-opts.limit) : entries, unreadable };
}
