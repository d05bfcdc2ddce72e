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
