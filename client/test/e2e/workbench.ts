// Helpers for the real-editor specs: one Chromium page on the code-server that scripts/e2e.mjs started, and the
// few gestures a user makes (command palette, quick open, views). Every wait is on a selector or polls with a
// deadline; nothing sleeps.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Set by scripts/e2e.mjs for the mocha process. */
function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the real-editor specs with \`npm run test:e2e\``);
  return v;
}

export const WORKBENCH_TIMEOUT = 90_000;
/** How long a language feature (outline, diagnostics) may take to show up after its file is opened. */
export const FEATURE_TIMEOUT = 60_000;

let browser: Browser | undefined;
let page: Page | undefined;
let shotCount = 0;

/** Chromium launch flags verified on this kind of machine (see the README's real-editor section). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function openWorkbench(): Promise<Page> {
  browser = await chromium.launch({ executablePath: env('DRIFTLOG_E2E_CHROMIUM'), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  // Generous: on a busy 2-core machine the first load of a fresh code-server takes a while.
  page.setDefaultTimeout(60_000);
  await page.goto(env('DRIFTLOG_E2E_URL'), { waitUntil: 'domcontentloaded', timeout: WORKBENCH_TIMEOUT });
  await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT });
  // The explorer shows the workspace's files once the remote file system answers.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WORKBENCH_TIMEOUT });
  return page;
}

export async function closeWorkbench(): Promise<void> {
  await browser?.close();
  browser = undefined;
  page = undefined;
}

export function workbench(): Page {
  if (!page) throw new Error('the workbench is not open (the root hook opens it)');
  return page;
}

/** Saves a screenshot of the whole window as test-results/e2e/NN-name.png; returns its path. */
export async function screenshot(name: string): Promise<string> {
  const dir = env('DRIFTLOG_E2E_RESULTS');
  mkdirSync(dir, { recursive: true });
  shotCount += 1;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const file = join(dir, `${String(shotCount).padStart(2, '0')}-${slug}.png`);
  await workbench().screenshot({ path: file });
  return file;
}

/** Closes any open quick input, so the next gesture starts from the editor. */
async function dismissQuickInput(p: Page): Promise<void> {
  const widget = p.locator('.quick-input-widget');
  if (await widget.isVisible()) {
    await p.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
}

/** Runs a command from the command palette by its title, as a user types it. */
export async function runCommand(title: string): Promise<void> {
  const p = workbench();
  await dismissQuickInput(p);
  await p.keyboard.press('F1');
  const input = p.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = p.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await row.click();
  await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor is active. */
export async function openFile(relativePath: string): Promise<void> {
  const p = workbench();
  await dismissQuickInput(p);
  await p.keyboard.press('Control+P');
  const input = p.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  const base = relativePath.split('/').pop()!;
  const row = p.locator('.quick-input-list .monaco-list-row', { hasText: base }).first();
  await row.waitFor();
  await p.keyboard.press('Enter');
  await p.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).waitFor();
  await activeEditor().locator('.view-lines').waitFor();
}

/** The editor that has focus (its text, squiggles and decorations). */
export function activeEditor(): Locator {
  return workbench().locator('.editor-group-container.active .monaco-editor').first();
}

/** Polls `read` until `accept` is true or the deadline passes; the error names what was last seen. */
export async function poll<T>(what: string, read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = FEATURE_TIMEOUT): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > until) throw new Error(`${what}: not seen within ${timeoutMs / 1000} s; last seen: ${JSON.stringify(last)}`);
    await workbench().waitForTimeout(250); // the poll interval of a deadline-bounded wait, not a fixed sleep
    last = await read();
  }
  return last;
}

/**
 * Reads the rows of a virtualized list (outline, running extensions: only the rows in view are rendered),
 * scrolling through it until `accept` holds for every row text seen so far, or the deadline passes.
 */
export async function scanList(
  what: string,
  list: Locator,
  accept: (rows: string[]) => boolean,
  timeoutMs = FEATURE_TIMEOUT,
): Promise<string[]> {
  const seen = new Set<string>();
  let direction = 1;
  let lastView = '';
  return poll(
    what,
    async () => {
      const view = await list.locator('.monaco-list-row').allInnerTexts();
      for (const t of view) seen.add(t);
      if (!accept([...seen]) && view.length) {
        // Rows in view did not change since the last scroll: at an end of the list, turn round.
        if (view.join('\n') === lastView) direction = -direction;
        lastView = view.join('\n');
        await list.hover();
        await workbench().mouse.wheel(0, direction * 200);
      }
      return [...seen];
    },
    accept,
    timeoutMs,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers of the drift and untrusted suites.

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G), as a user would. */
export async function goToLine(line: number, column = 1): Promise<void> {
  const p = workbench();
  await dismissQuickInput(p);
  await p.keyboard.press('Control+G'); // Go to Line acts on the active editor wherever the focus is
  const input = p.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await p.keyboard.press('Enter');
  await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await poll(`the cursor at Ln ${line}, Col ${column}`, () => cursorText(), (t) => t.includes(`Ln ${line}, Col ${column}`));
}

/** The status bar's cursor position text, e.g. "Ln 12, Col 5". */
export async function cursorText(): Promise<string> {
  const item = workbench().locator('[id="status.editor.selection"]');
  return (await item.isVisible()) ? (await item.innerText()).trim() : '';
}

/** 1-based line number of the first line of `text` (after `after`, if given) that contains `needle`. */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  if (from < 0) throw new Error(`no line contains ${JSON.stringify(after)}`);
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${JSON.stringify(needle)}${after ? ` after ${JSON.stringify(after)}` : ''}`);
  return i + 1;
}

/**
 * Opens the quick fix menu at the cursor (Ctrl+.) and chooses the action whose title starts with `title`.
 * Returns the titles the menu listed.
 */
export async function quickFix(title: string): Promise<string[]> {
  const p = workbench();
  const menu = p.locator('.action-widget:not(.action-list-submenu-panel)');
  const row = menu.locator('.monaco-list-row', { hasText: title }).first();
  // The language server answers code actions for the diagnostics at the cursor; reopen the menu until the
  // action is listed (diagnostics of a rescan may still be on their way).
  const titles = await poll(
    `quick fix "${title}" in the Ctrl+. menu`,
    async () => {
      if (await menu.isVisible()) {
        await p.keyboard.press('Escape');
        await menu.waitFor({ state: 'hidden' });
      }
      await p.keyboard.press('Control+.');
      await menu.locator('.monaco-list-row').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      return menu.locator('.monaco-list-row').allInnerTexts();
    },
    (rows) => rows.some((r) => r.includes(title)),
  );
  await row.click();
  await menu.waitFor({ state: 'hidden' });
  return titles;
}

/** The texts of the visible notification toasts. */
export async function notifications(): Promise<string[]> {
  return workbench().locator('.notification-toast').allInnerTexts();
}

/** Rows of the Problems panel (opened and focused first). */
export async function problems(): Promise<string[]> {
  await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
  return workbench().locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Hovers the text at the start of a 1-based line of the active editor, which must be in view. */
export async function hoverLine(line: number, column = 3): Promise<Locator> {
  await goToLine(line, column);
  const p = workbench();
  const cursor = activeEditor().locator('.cursors-layer .cursor').first();
  await cursor.waitFor({ state: 'attached' });
  const box = await cursor.boundingBox();
  if (!box) throw new Error(`the cursor on line ${line} is not on screen`);
  // Move away first: a hover already shown elsewhere would stay.
  await p.mouse.move(box.x + 400, box.y + 300);
  await p.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
  const hover = p.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ timeout: 15_000 });
  return hover;
}

/** The text of the language status item (the {} entry in the status bar lists every item in its label). */
export async function languageStatus(): Promise<string> {
  const item = workbench().locator('[id="status.languageStatus"]');
  if (!(await item.isVisible())) return '';
  return (await item.getAttribute('aria-label')) ?? (await item.innerText());
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
export async function save(): Promise<void> {
  await runCommand('File: Save');
  await workbench().locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}

/** Reads the emulator's admin API (the URL scripts/e2e.mjs passes as DRIFTLOG_E2E_EMULATOR). */
export async function emulatorAdmin<T>(route: string, init?: { method: string; body: unknown }): Promise<T> {
  const base = env('DRIFTLOG_E2E_EMULATOR');
  const res = await fetch(`${base}/_admin/${route}`, init ? { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : undefined);
  const body = await res.text();
  if (!res.ok) throw new Error(`emulator admin ${route}: HTTP ${res.status} ${body}`);
  return JSON.parse(body) as T;
}

/** The workspace copy the suite runs on. */
export function workspaceDir(): string {
  return env('DRIFTLOG_E2E_WORKSPACE');
}

/** The visible text of the active editor, with the non-breaking spaces Monaco renders turned back into spaces. */
export async function editorText(): Promise<string> {
  return (await activeEditor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** Hides the bottom panel (Problems, Output, ...) if it is open, to give views and editors room. */
export async function hidePanel(): Promise<void> {
  const panel = workbench().locator('.part.panel');
  if (await panel.isVisible()) {
    await workbench().keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden' });
  }
}

/** Opens a file of the workspace's top folder by clicking its row in the Explorer; waits for its active tab. */
export async function openFromExplorer(name: string): Promise<void> {
  const p = workbench();
  await p.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  await p.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor();
  await activeEditor().locator('.view-lines').waitFor();
}
