// The editor's code-action edits as engine functions: accept the live value into code, ignore an attribute
// (lifecycle ignore_changes or a `.driftlog/ignore` rule), add import blocks. Pure functions over file text, the
// index and scan results; the language server turns their `TextEdit`s into a WorkspaceEdit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IGNORE_FILE, withIgnoreRule, type NewIgnoreRule } from './ignoreRules';
import { refuse, type EditResult } from './types';
import { LineIndex } from '../hcl/lineIndex';

export type { TextEdit, EditResult, Position } from './types';
export { applyEdits, eolOf } from './text';
export { renderValue, renderKey, quote, heredoc, renderBlock, renderBody, alignItems, type RenderOptions, type BlockShape } from './render';
export { acceptLiveValue, type AcceptInput } from './accept';
export { addToIgnoreChanges, type IgnoreChangesInput } from './lifecycle';
export {
  IGNORE_FILE,
  parseIgnoreRules,
  loadIgnoreRules,
  isIgnored,
  applyIgnoreRules,
  withIgnoreRule,
  appendIgnoreRule,
  formatIgnoreRule,
  formatIgnoreError,
  parsePathPattern,
  type IgnoreRule,
  type IgnoreParseError,
  type IgnoreOutcome,
  type NewIgnoreRule,
} from './ignoreRules';
export {
  importIdFor,
  importForNotInState,
  importUnmanaged,
  importBlockText,
  isImportAddress,
  liveToTerraform,
  resourceName,
  type ImportId,
  type NotInStateImportInput,
  type UnmanagedImportInput,
} from './importBlock';

/**
 * The code action "Ignore in .driftlog/ignore": an edit of `<root>/.driftlog/ignore` appending the rule (creating
 * the file). `existing` is the file's current text when the caller has it (else it is read from disk).
 */
export function ignoreRuleEdit(root: string, rule: NewIgnoreRule, existing?: string): EditResult {
  const file = join(root, IGNORE_FILE);
  const text = existing ?? (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  let next: string | undefined;
  try {
    next = withIgnoreRule(text, rule);
  } catch (e) {
    return refuse((e as Error).message);
  }
  if (next === undefined) return refuse(`${IGNORE_FILE} already has this rule`);
  const what = rule.path ? `${rule.path} of ${rule.address}` : rule.address;
  if (text === undefined) {
    return { ok: true, title: `Ignore ${what} in ${IGNORE_FILE}`, edits: [{ file, start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, newText: next, createFile: true }] };
  }
  const li = LineIndex.fromText(text);
  const end = li.positionAt(text.length);
  return { ok: true, title: `Ignore ${what} in ${IGNORE_FILE}`, edits: [{ file, start: end, end, newText: next.slice(text.length) }] };
}
