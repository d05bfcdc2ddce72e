// Shared by the audit log tests: real git repositories in temp dirs, real keys in temp dirs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceResult } from '../../server/src/engine/scan/types';

export interface TempRepo {
  dir: string;
  keyDir: string;
  git(...args: string[]): string;
  commitAll(message: string): void;
  cleanup(): void;
}

export function makeRepo(opts: { git?: boolean; email?: string; name?: string } = {}): TempRepo {
  const base = mkdtempSync(join(tmpdir(), 'driftlog-log-'));
  const dir = join(base, 'repo');
  const keyDir = join(base, 'keys');
  execFileSync('mkdir', ['-p', dir]);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (opts.git !== false) {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', opts.email ?? 'alice@example.com');
    git('config', 'user.name', opts.name ?? 'Alice');
    git('config', 'commit.gpgsign', 'false');
    git('commit', '-q', '--allow-empty', '-m', 'initial');
  }
  return {
    dir,
    keyDir,
    git,
    commitAll(message: string) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

export function result(address: string, status: ResourceResult['status'], extra: Partial<ResourceResult> = {}): ResourceResult {
  const type = address.split('.').slice(-2)[0];
  return { address, type, status, identifier: `${address}-id`, region: 'eu-west-1', differences: [], ...extra };
}

export function drifted(address: string, path: string, expected: string, actual: string): ResourceResult {
  return result(address, 'drifted', {
    differences: [{ path, expected, actual, kind: 'changed', source: 'config' }],
  });
}
