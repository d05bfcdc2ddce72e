// Coverage benchmark: the share of aws_* resource blocks of real public Terraform modules that Driftlog checks
// (its mapping has a Cloud Control type for them), on the corpus counted in bench/coverage-corpus.json
// (bench/coverage-corpus.ts writes it). Baseline, in the same run: the 30 types Driftlog mapped before the mapping
// was derived from the schemas. Goal: at least 90% of the blocks of the ten terraform-aws-modules repositories the
// issue measured (VPC, EKS, RDS, S3, IAM, security groups, Lambda, ALB, EC2, autoscaling).
//
// With DRIFTLOG_CORPUS_DIR=<checkouts dir> (<owner>+<name>/ per repository) the blocks are counted again from the
// files with the index, and must match the corpus file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/engine/index';
import { mappingFor, tableTypes, whyUnsupportedPhrase } from '../server/src/engine/mapping/index';
import { NO_COUNTERPART } from '../server/src/engine/mapping/unsupported';
import type { Corpus, CorpusRepo } from './coverage-corpus';

/** The types mapped before this work: the baseline. */
const FIRST_30 = new Set([
  'aws_s3_bucket', 'aws_s3_bucket_versioning', 'aws_s3_bucket_public_access_block', 'aws_s3_bucket_server_side_encryption_configuration',
  'aws_instance', 'aws_security_group', 'aws_vpc', 'aws_subnet', 'aws_internet_gateway', 'aws_route_table', 'aws_eip', 'aws_iam_role',
  'aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user', 'aws_lambda_function', 'aws_dynamodb_table', 'aws_sqs_queue', 'aws_sns_topic',
  'aws_cloudwatch_log_group', 'aws_kms_key', 'aws_ecr_repository', 'aws_ecs_cluster', 'aws_ecs_service', 'aws_db_instance',
  'aws_route53_zone', 'aws_lb', 'aws_eks_cluster', 'aws_secretsmanager_secret', 'aws_ssm_parameter',
]);

const TEN = ['vpc', 'eks', 'rds', 's3-bucket', 'iam', 'security-group', 'lambda', 'alb', 'ec2-instance', 'autoscaling'].map((n) => `terraform-aws-modules/terraform-aws-${n}`);

function aws(repo: CorpusRepo, which: 'all' | 'module' = 'all'): Map<string, number> {
  const m = new Map<string, number>();
  for (const part of which === 'all' ? [repo.module, repo.example] : [repo.module]) {
    for (const [t, n] of Object.entries(part)) if (t.startsWith('aws_')) m.set(t, (m.get(t) ?? 0) + n);
  }
  return m;
}

function share(repos: CorpusRepo[], checked: (t: string) => boolean, which: 'all' | 'module' = 'all') {
  let total = 0;
  let ok = 0;
  const types = new Set<string>();
  for (const r of repos) {
    for (const [t, n] of aws(r, which)) {
      total += n;
      types.add(t);
      if (checked(t)) ok += n;
    }
  }
  return { total, ok, types: types.size, pct: total ? (100 * ok) / total : 100 };
}

async function recount(corpus: Corpus, dir: string): Promise<void> {
  const t0 = performance.now();
  let mismatches = 0;
  let files = 0;
  for (const r of corpus.repos) {
    const root = join(dir, r.repo.replace('/', '+'));
    if (!existsSync(root)) {
      console.log(`  ${r.repo}: no checkout, not recounted`);
      continue;
    }
    const index = new WorkspaceIndex({ bodyCacheSize: 16, moduleCacheSize: 2 });
    await index.open([root]);
    files += index.files().length;
    const counted = new Map<string, number>();
    for (const x of index.resources()) if (x.mode === 'managed' && x.type.startsWith('aws_')) counted.set(x.type, (counted.get(x.type) ?? 0) + 1);
    const expected = aws(r);
    const same = counted.size === expected.size && [...expected].every(([t, n]) => counted.get(t) === n);
    if (!same) {
      mismatches++;
      console.log(`  ${r.repo}: the files hold other counts than the corpus file`);
    }
  }
  console.log(`recounted from ${files} files in ${((performance.now() - t0) / 1000).toFixed(2)} s: ${mismatches ? `${mismatches} repositories differ` : 'every repository matches the corpus file'}`);
}

async function main(): Promise<void> {
  const corpus = JSON.parse(readFileSync(join(__dirname, 'coverage-corpus.json'), 'utf8')) as Corpus;
  const now = (t: string) => mappingFor(t) !== undefined;
  const before = (t: string) => FIRST_30.has(t);
  const groups: Array<[string, CorpusRepo[]]> = [
    ['the issue\'s ten terraform-aws-modules repositories', corpus.repos.filter((r) => TEN.includes(r.repo))],
    ['terraform-aws-modules (all)', corpus.repos.filter((r) => r.repo.startsWith('terraform-aws-modules/'))],
    ['cloudposse (50)', corpus.repos.filter((r) => r.repo.startsWith('cloudposse/'))],
    ['aws-ia (20)', corpus.repos.filter((r) => r.repo.startsWith('aws-ia/'))],
    ['all', corpus.repos],
  ];
  console.log(`corpus: ${corpus.repos.length} repositories counted ${corpus.counted}; ${tableTypes().length} aws_* types in the table`);
  console.log('');
  const w = Math.max(...groups.map(([n]) => n.length), 'module code only (all)'.length);
  console.log(`${'corpus'.padEnd(w)}  ${'repos'.padStart(5)}  ${'blocks'.padStart(6)}  ${'types'.padStart(5)}  ${'checked'.padStart(7)}  ${'share'.padStart(6)}  ${'first 30'.padStart(8)}  ${'x'.padStart(5)}  ${'without no-counterpart types'.padStart(28)}`);
  const line = (name: string, repos: CorpusRepo[], which: 'all' | 'module' = 'all') => {
    const a = share(repos, now, which);
    const b = share(repos, before, which);
    // The same share leaving out the types known to have no Cloud Control counterpart: what mapping can still add.
    const possible = share(repos, (t) => !(t in NO_COUNTERPART), which);
    const ofPossible = possible.ok ? (100 * a.ok) / possible.ok : 100;
    console.log(
      `${name.padEnd(w)}  ${String(repos.length).padStart(5)}  ${String(a.total).padStart(6)}  ${String(a.types).padStart(5)}  ${String(a.ok).padStart(7)}  ${`${a.pct.toFixed(1)}%`.padStart(6)}  ${`${b.pct.toFixed(1)}%`.padStart(8)}  ${(a.pct / b.pct).toFixed(2).padStart(5)}  ${`${ofPossible.toFixed(1)}% of ${possible.ok}`.padStart(28)}`,
    );
    return a;
  };
  const results = groups.map(([name, repos]) => line(name, repos));
  line('module code only (all)', corpus.repos, 'module');

  // What is left: the types not checked, most blocks first.
  const left = new Map<string, number>();
  for (const r of corpus.repos) for (const [t, n] of aws(r)) if (!now(t)) left.set(t, (left.get(t) ?? 0) + n);
  const top = [...left].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log('');
  console.log(`not checked, most blocks first (${left.size} types, ${[...left.values()].reduce((a, b) => a + b, 0)} blocks in all):`);
  for (const [t, n] of top) console.log(`  ${String(n).padStart(4)}  ${t}: ${whyUnsupportedPhrase(t)}`);
  console.log('');
  const ten = results[0];
  console.log(`goal: at least 90% of the ten repositories' blocks checked: ${ten.pct.toFixed(1)}%, ${ten.pct >= 90 ? 'met' : 'NOT met'}`);
  const dir = process.env.DRIFTLOG_CORPUS_DIR;
  if (dir) await recount(corpus, dir);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
