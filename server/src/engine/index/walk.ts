// Finding the files to index under workspace roots.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { fileKind } from './indexFile';

/** Directories never descended into. */
export const ALWAYS_SKIPPED_DIRS = new Set(['.terraform', '.git', 'node_modules', '.driftlog']);

export interface WalkOptions {
  /** Globs relative to each root (`legacy/**`, `**\/*.generated.tf`); a matching directory is not entered. */
  exclude?: string[];
}

/** An exclusion test for paths relative to a root, with `/` separators. */
export function excludeMatcher(globs: readonly string[] | undefined): ((rel: string, isDir: boolean) => boolean) | undefined {
  const patterns = (globs ?? []).map((g) => g.trim()).filter((g) => g.length > 0);
  if (patterns.length === 0) return undefined;
  const m = picomatch(patterns, { dot: true });
  return (rel, isDir) => m(rel) || (isDir && (m(rel + '/') || m(rel + '/x')));
}

/**
 * Every `.tf`, `.tf.json`, `terraform.tfvars(.json)` and `*.auto.tfvars(.json)` file under the roots, as
 * absolute paths in sorted order, skipping `.terraform/`, `.git/`, `node_modules/`, `.driftlog/` and the
 * exclude globs. Symbolic links to directories are followed once (loops are cut). Unreadable directories are
 * skipped silently.
 */
export function walk(roots: readonly string[], options: WalkOptions = {}): string[] {
  const excluded = excludeMatcher(options.exclude);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    // Loops need a symbolic link: only the root and linked directories are resolved to their real path.
    const visit = (dir: string, linked: boolean): void => {
      if (linked) {
        let real: string;
        try {
          real = realpathSync(dir);
        } catch {
          return;
        }
        if (seen.has(real)) return;
        seen.add(real);
      }
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const full = join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        const link = e.isSymbolicLink();
        if (link) {
          try {
            const st = statSync(full);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue;
          }
        }
        if (isDir) {
          if (ALWAYS_SKIPPED_DIRS.has(e.name)) continue;
          if (excluded && excluded(toPosix(relative(root, full)), true)) continue;
          visit(full, link);
        } else if (isFile && fileKind(e.name) !== undefined) {
          if (excluded && excluded(toPosix(relative(root, full)), false)) continue;
          out.push(full);
        }
      }
    };
    visit(root, true);
  }
  return [...new Set(out)].sort();
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
