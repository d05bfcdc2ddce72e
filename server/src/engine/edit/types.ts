// The results of the editor's code-action edits: plain text edits over files, with no editor or LSP types. The
// language server turns them into a WorkspaceEdit; the CLI or a test applies them with `applyEdits`.

import type { Position } from '../hcl/lineIndex';

export type { Position };

/** Replace the text between `start` and `end` (0-based line/UTF-16 character, end exclusive) of `file` by `newText`. */
export interface TextEdit {
  /** Absolute path of the file. */
  file: string;
  start: Position;
  end: Position;
  newText: string;
  /** The file does not exist yet: create it (start and end are then 0:0). */
  createFile?: boolean;
}

/** What a code action would do: the edits and a title for the action, or why it is not offered. */
export type EditResult =
  | { ok: true; title: string; edits: TextEdit[] }
  | { ok: false; reason: string };

export const refuse = (reason: string): EditResult => ({ ok: false, reason });
