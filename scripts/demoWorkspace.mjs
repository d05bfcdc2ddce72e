// The demo workspace: test-fixtures/demo (a small order-service stack with its terraform.tfstate) copied to a
// fresh folder outside the project and given a git history by two authors, so that the hover's "Code" line has
// something true to say. Used by `npm run demo` (scripts/demo.mjs), its test, and the end-to-end suite.
//
//   prepareDemoWorkspace(targetDir)   copy + git history; returns { dir, commits }
//   demoSeed(now)                     the emulator seed, its out-of-band changes moved into CloudTrail's 90 days
//
// History (fixed dates, so blame and log read the same on every machine):
//   1. Bob Builder, 2026-11-02: the stack, with the uploads bucket tagged only `Env = "prod"`.
//   2. Alice Example, 2026-11-20: the uploads bucket's tags become `Env = var.env` and `Team = "orders"`.
//   3. Alice Example, 2026-11-27: the feature-flags parameter (in code, never applied: "not in state").
// The repository's own user (who signs the audit log in the demo) is "Dana Demo <dana@example.com>".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_FIXTURE = join(ROOT, 'test-fixtures', 'demo');
export const DEMO_SEED = join(DEMO_FIXTURE, 'seed.json');

export const BOB = { name: 'Bob Builder', email: 'bob@example.com', date: '2026-11-02T10:00:00Z' };
export const ALICE = { name: 'Alice Example', email: 'alice@example.com', date: '2026-11-20T14:30:00Z' };
export const ALICE_LATER = { ...ALICE, date: '2026-11-27T09:15:00Z' };
export const DEMO_USER = { name: 'Dana Demo', email: 'dana@example.com' };

/** Files of the fixture that are not part of the workspace (the emulator's side). */
const NOT_IN_WORKSPACE = new Set(['seed.json']);

// The bucket's tags before Alice's change, and the block she adds later: exact text of storage.tf.
const ALICE_TAGS = '  tags = {\n    Env  = var.env\n    Team = "orders"\n  }\n}\n\nresource "aws_s3_bucket_versioning"';
const BOB_TAGS = '  tags = {\n    Env = "prod"\n  }\n}\n\nresource "aws_s3_bucket_versioning"';
const FLAGS_START = '\n# Added to the code, never applied';

/** Runs git in `cwd`, as `author` ({name, email, date}) when given, without the user's own git settings. */
export function git(cwd, author, ...args) {
  const env = { ...process.env };
  // The user's own git settings must not leak in: no signing prompts, no hooks, no template.
  for (const k of Object.keys(env)) if (k.startsWith('GIT_')) delete env[k];
  if (author) {
    Object.assign(env, {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: author.date,
    });
  }
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, env, encoding: 'utf8' });
  if (r.error) throw new Error(`git is needed for the demo workspace: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
  return r.stdout;
}

function replaceOnce(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`demo fixture changed: cannot find ${what} in storage.tf exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * Copies the demo fixture to `targetDir` (which must not exist, or be empty, and lie outside the project) and
 * commits it in three steps by Bob and Alice with fixed dates. Returns the folder and the commits, oldest first.
 */
export function prepareDemoWorkspace(targetDir) {
  const dir = resolve(targetDir);
  const rel = relative(ROOT, dir);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw new Error(`the demo workspace must lie outside the project (${ROOT}), got ${dir}`);
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: give a fresh folder for the demo workspace`);
  mkdirSync(dir, { recursive: true });

  const files = readdirSync(DEMO_FIXTURE).filter((f) => !NOT_IN_WORKSPACE.has(f));
  const storage = readFileSync(join(DEMO_FIXTURE, 'storage.tf'), 'utf8');
  const flagsAt = storage.indexOf(FLAGS_START);
  if (flagsAt < 0) throw new Error('demo fixture changed: the feature-flags block is not where prepareDemoWorkspace expects it');
  const storageWithoutFlags = storage.slice(0, flagsAt);
  const storageBob = replaceOnce(storageWithoutFlags, ALICE_TAGS, BOB_TAGS, "the uploads bucket's tags");

  git(dir, undefined, 'init', '--quiet', '--initial-branch=main');
  git(dir, undefined, 'config', 'user.name', DEMO_USER.name);
  git(dir, undefined, 'config', 'user.email', DEMO_USER.email);
  writeFileSync(join(dir, '.gitignore'), '.terraform/\n*.tfstate.backup\n');

  // 1. Bob writes the stack.
  for (const f of files) cpSync(join(DEMO_FIXTURE, f), join(dir, f), { recursive: true });
  writeFileSync(join(dir, 'storage.tf'), storageBob);
  git(dir, undefined, 'add', '--all');
  git(dir, BOB, 'commit', '--quiet', '-m', 'Order service: uploads bucket, orders table, queue, API role, security group and logs');

  // 2. Alice tags the uploads bucket per environment and team.
  writeFileSync(join(dir, 'storage.tf'), storageWithoutFlags);
  git(dir, undefined, 'add', 'storage.tf');
  git(dir, ALICE, 'commit', '--quiet', '-m', 'Tag the uploads bucket with the environment variable and the team');

  // 3. Alice adds the feature flags parameter (not applied yet).
  writeFileSync(join(dir, 'storage.tf'), storage);
  git(dir, undefined, 'add', 'storage.tf');
  git(dir, ALICE_LATER, 'commit', '--quiet', '-m', 'Feature flags parameter for express checkout');

  const commits = git(dir, undefined, 'log', '--reverse', '--format=%H%x09%an%x09%aI%x09%s')
    .trim()
    .split('\n')
    .map((line) => {
      const [sha, author, date, subject] = line.split('\t');
      return { sha, author, date, subject };
    });
  return { dir, commits };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's emulator seed. CloudTrail keeps 90 days of events: when the seed's out-of-band changes are older than
 * 60 days at `now`, all their times move forward by the same amount (the newest becomes two days old), so the
 * hover can still name who made them.
 */
export function demoSeed(now = new Date()) {
  const seed = JSON.parse(readFileSync(DEMO_SEED, 'utf8'));
  const times = (seed.changes ?? []).map((c) => Date.parse(c.eventTime)).filter((t) => Number.isFinite(t));
  if (times.length === 0) return seed;
  const newest = Math.max(...times);
  if (now.getTime() - newest <= 60 * DAY) return seed;
  const shift = now.getTime() - 2 * DAY - newest;
  for (const c of seed.changes) {
    const t = Date.parse(c.eventTime);
    if (Number.isFinite(t)) c.eventTime = new Date(t + shift).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return seed;
}
