// The drift fixture's git history, shared by the real-editor suites (scripts/e2e.mjs, code-server) and the
// desktop suite (client/test/desktop/run.ts): the workspace copy becomes a git repository with commits by two
// authors, so the hover has a true code author to name.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from './demoWorkspace.mjs';

export const BOB = { name: 'Bob Builder', email: 'bob@example.com', date: '2026-11-02T10:00:00Z' };
export const ALICE = { name: 'Alice Example', email: 'alice@example.com', date: '2026-11-20T10:00:00Z' };

/**
 * Makes `workspace` (a copy of test-fixtures/e2e/drift) a git repository: Bob commits the stack with the assets
 * bucket tagged "staging", then Alice changes that tag to "prod" (git blame of that block names Alice, of the
 * others Bob). The repository's own user (who signs the audit log) is Alice.
 */
export function gitHistory(workspace) {
  const main = join(workspace, 'main.tf');
  const text = readFileSync(main, 'utf8');
  const assets = /(resource "aws_s3_bucket" "assets" \{\n  bucket = "dl-assets"\n  tags = \{\n    Env = )"prod"/;
  if (!assets.test(text)) throw new Error(`${main}: the assets bucket block is not where gitHistory expects it`);
  git(workspace, undefined, 'init', '-q', '-b', 'main');
  git(workspace, undefined, 'config', 'user.name', ALICE.name);
  git(workspace, undefined, 'config', 'user.email', ALICE.email);
  writeFileSync(main, text.replace(assets, '$1"staging"'));
  git(workspace, BOB, 'add', '.');
  git(workspace, BOB, 'commit', '-qm', 'Stack: log and asset buckets, jobs queue, alerts');
  writeFileSync(main, text);
  git(workspace, ALICE, 'commit', '-qam', 'Assets bucket is production');
}
