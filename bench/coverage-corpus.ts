// Writes bench/coverage-corpus.json: the resource blocks of real public Terraform modules, counted by type with
// Driftlog's own index (as `driftlog coverage` counts them), one entry per repository and commit. The coverage
// benchmark reads it, so the figure can be measured again on any machine without the repositories.
//
//   npx tsx bench/coverage-corpus.ts <list.tsv> <checkouts dir>
//
// list.tsv: one line per repository: `owner/name<TAB>commit<TAB>anything`. <checkouts dir>/<owner>+<name>/ holds the
// repository's files at that commit (the .tf files are enough). Blocks under a path segment named examples,
// example, test, tests or fixtures count as `example`, the rest as `module`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { WorkspaceIndex } from '../server/src/engine/index';

export interface CorpusRepo {
  repo: string;
  commit: string;
  files: number;
  module: Record<string, number>;
  example: Record<string, number>;
}

export interface Corpus {
  description: string;
  counted: string;
  repos: CorpusRepo[];
}

const EXAMPLE = new Set(['examples', 'example', 'test', 'tests', 'fixtures']);

async function main(): Promise<void> {
  const [list, dir] = process.argv.slice(2);
  if (!list || !dir || !existsSync(list) || !existsSync(dir)) {
    console.error('usage: npx tsx bench/coverage-corpus.ts <list.tsv> <checkouts dir>');
    process.exit(1);
  }
  const repos: CorpusRepo[] = [];
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    const [repo, commit] = line.split('\t');
    if (!repo || !commit) continue;
    const root = join(dir, repo.replace('/', '+'));
    if (!existsSync(root)) {
      console.error(`${repo}: no checkout at ${root}, skipped`);
      continue;
    }
    const index = new WorkspaceIndex({ bodyCacheSize: 16, moduleCacheSize: 2 });
    await index.open([root]);
    const entry: CorpusRepo = { repo, commit, files: index.files().length, module: {}, example: {} };
    for (const r of index.resources()) {
      if (r.mode !== 'managed') continue;
      const segs = relative(root, r.file).split(sep);
      const bucket = segs.some((s) => EXAMPLE.has(s)) ? entry.example : entry.module;
      bucket[r.type] = (bucket[r.type] ?? 0) + 1;
    }
    repos.push(entry);
    console.error(`${repo}: ${entry.files} files, ${Object.values(entry.module).reduce((a, b) => a + b, 0)} + ${Object.values(entry.example).reduce((a, b) => a + b, 0)} blocks`);
  }
  const corpus: Corpus = {
    description:
      'Managed resource blocks of every type (all providers) in public Terraform module repositories: all terraform-aws-modules/terraform-aws-* ones, the 50 cloudposse/terraform-aws-* and 20 aws-ia/terraform-aws-* ones with the most files, at the commit given.',
    counted: new Date().toISOString().slice(0, 10),
    repos: repos.sort((a, b) => a.repo.localeCompare(b.repo)),
  };
  writeFileSync(join(__dirname, 'coverage-corpus.json'), JSON.stringify(corpus, null, 1) + '\n');
  console.error(`${repos.length} repositories -> bench/coverage-corpus.json`);
}

if (require.main === module) main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
