// The scan's view of a directory: the parser's WorkspaceIndex, opened on the directory.
import { resolve } from 'node:path';
import { WorkspaceIndex } from '../index/workspace';
import type { ScanOptions } from './scan';

export interface LoadedWorkspace {
  index: WorkspaceIndex;
  /** What `scan` needs from the index: every module and the line starts of every file. */
  scanInput: Pick<ScanOptions, 'rootDir' | 'modules' | 'lineStarts'>;
}

/** Indexes DIR (and the local modules under it) for a scan. */
export async function loadWorkspace(dir: string, exclude?: string[]): Promise<LoadedWorkspace> {
  const rootDir = resolve(dir);
  const index = new WorkspaceIndex({ exclude });
  await index.open([rootDir]);
  return { index, scanInput: scanInputOf(index, rootDir) };
}

/** The scan input of an already open index (the language server's). */
export function scanInputOf(index: WorkspaceIndex, rootDir: string): LoadedWorkspace['scanInput'] {
  return { rootDir: resolve(rootDir), modules: index.modules(), lineStarts: (f) => index.file(f)?.lineStarts };
}
