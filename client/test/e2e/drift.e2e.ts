// The drift scenario in a real editor, as a new user meets it: a trusted workspace (test-fixtures/e2e/drift, a git
// repository with commits by Bob and Alice) against the emulator, whose seed has two out-of-band changes: carol
// retagged the assets bucket (Env: dev), dave the logs bucket (Env: test). The steps run in order on one
// workbench and each leaves a screenshot under test-results/e2e/drift/.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../server/src/engine/hcl/parse';
import {
  activeEditor,
  cursorText,
  editorText,
  emulatorAdmin,
  FEATURE_TIMEOUT,
  goToLine,
  hidePanel,
  hoverLine,
  languageStatus,
  lineOf,
  notifications,
  openFile,
  openFromExplorer,
  poll,
  problems,
  quickFix,
  runCommand,
  save,
  scanList,
  screenshot,
  workbench,
  workspaceDir,
} from './workbench';

const main = () => join(workspaceDir(), 'main.tf');
const mainText = () => readFileSync(main(), 'utf8');

interface Counts {
  drifted: number;
  inSync: number;
}
/** "Driftlog: 5 drifted, 2 in sync, 1 errors" (the language status item's text) as numbers. */
function counts(status: string): Counts | undefined {
  const m = /Driftlog: (\d+) drifted, (\d+) in sync/.exec(status);
  return m ? { drifted: Number(m[1]), inSync: Number(m[2]) } : undefined;
}

interface AdminResource {
  properties: { Tags?: Array<{ Key: string; Value: string }> };
}
async function liveTag(bucket: string): Promise<string | undefined> {
  const r = await emulatorAdmin<AdminResource>(`resource?type=AWS::S3::Bucket&identifier=${encodeURIComponent(bucket)}`);
  return r.properties.Tags?.find((t) => t.Key === 'Env')?.Value;
}

/** Squiggles of drifted attributes (warning severity by default) in the active editor. */
const warningSquiggles = () => activeEditor().locator('.squiggly-warning').count();

describe('drift in a real editor (trusted workspace, emulator)', () => {
  let first: Counts;

  it('1. loads the workbench, scans in the background and shows the counts in the language status item', async () => {
    await openFile('main.tf');
    const status = await poll('the Driftlog language status with the scan counts', languageStatus, (s) => counts(s) !== undefined, 120_000);
    first = counts(status)!;
    // The fixture: logs and assets drifted, alerts missing, fresh not in state, dl-stray unmanaged; the jobs queue
    // and the inline role policy in sync (the log group is an error, the glue job unsupported: neither counts).
    assert.deepEqual(first, { drifted: 5, inSync: 2 }, status);
    await workbench().locator('[id="status.languageStatus"]').hover();
    await workbench().locator('.monaco-hover:not(.hidden)', { hasText: 'Driftlog' }).first().waitFor();
    await screenshot('status item shows the scan counts');
    await workbench().mouse.move(700, 400);
  });

  it('2. underlines each drifted attribute, and the Problems panel lists them with source driftlog', async () => {
    await poll('a squiggle on each of the two drifted tags', warningSquiggles, (n) => n === 2);
    await screenshot('squiggles on the drifted attributes');
    const rows = await poll(
      'both drift/changed problems in the Problems panel',
      problems,
      (texts) => texts.filter((t) => t.includes('driftlog') && t.includes('drift/changed')).length === 2,
    );
    const changed = rows.filter((t) => t.includes('drift/changed'));
    assert.ok(changed.some((t) => t.includes('"dev"') && t.includes('user/carol')), `carol's change to dev: ${changed.join(' | ')}`);
    assert.ok(changed.some((t) => t.includes('"test"') && t.includes('user/dave')), `dave's change to test: ${changed.join(' | ')}`);
    assert.ok(rows.some((t) => t.includes('drift/missing')), `the missing topic is listed: ${rows.join(' | ')}`);
    assert.ok(rows.some((t) => t.includes('drift/unmanaged')), `the unmanaged bucket is listed: ${rows.join(' | ')}`);
    await screenshot('problems panel lists drift from driftlog');
  });

  it('3. hovering the drifted resource shows expected, live, the cloud principal and the git author', async () => {
    await openFile('main.tf');
    const header = lineOf(mainText(), 'resource "aws_s3_bucket" "assets"');
    // CloudTrail is looked up in the background: hover again until the principal is in (the hover says
    // "still looking" meanwhile).
    const text = await poll(
      'the hover with expected and live values, carol and Alice',
      async () => (await hoverLine(header)).innerText(),
      (t) => t.includes('user/carol') && t.includes('Alice Example'),
    );
    assert.match(text, /aws_s3_bucket\.assets/);
    assert.match(text, /"prod"/, `expected value: ${text}`);
    assert.match(text, /"dev"/, `live value: ${text}`);
    assert.match(text, /Cloud[\s\S]*arn:aws:iam::111111111111:user\/carol[\s\S]*PutBucketTagging/, text);
    assert.match(text, /Code[\s\S]*Alice Example[\s\S]*Assets bucket is production/, text);
    await screenshot('hover shows expected, live, cloud principal and git author');
    await workbench().keyboard.press('Escape');
  });

  it('4. "Accept live value into code" rewrites the value in the file', async () => {
    const line = lineOf(mainText(), 'Env = "prod"', 'resource "aws_s3_bucket" "assets"');
    await goToLine(line, 5);
    const titles = await quickFix('Accept live value');
    assert.ok(titles.some((t) => t.startsWith('Revert live resource')), `revert is offered too: ${titles.join(' | ')}`);
    await poll('the accepted value in the editor', editorText, (t) => t.includes('Env = "dev"'));
    await screenshot('accept live value rewrote the tag');
    await save();
    const after = await poll('the live value saved to main.tf', async () => mainText(), (t) => t.includes('Env = "dev"'));
    assert.equal(lineOf(after, 'Env = "dev"', 'resource "aws_s3_bucket" "assets"'), line, 'the same line now holds the live value');
    assert.equal(after.match(/Env = "prod"/g)?.length, 1, 'only the logs bucket still says prod');
    await poll('the assets squiggle to go (one drifted attribute left)', warningSquiggles, (n) => n === 1);
  });

  it('5. "Revert live resource to code", after the modal confirmation, changes AWS and the squiggle goes', async () => {
    assert.equal(await liveTag('dl-logs'), 'test', 'dave\'s change is live before the revert');
    const line = lineOf(mainText(), 'Env = "prod"', 'resource "aws_s3_bucket" "logs"');
    await goToLine(line, 5);
    await quickFix('Revert live resource to code');
    const dialog = workbench().locator('.monaco-dialog-box');
    await dialog.waitFor();
    const dialogText = await dialog.innerText();
    assert.match(dialogText, /Revert aws_s3_bucket\.logs/);
    assert.match(dialogText, /tags\.Env: "test" \(live now\) → "prod" \(code\)/, dialogText);
    await screenshot('revert asks for confirmation');
    await dialog.getByRole('button', { name: 'Revert', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await poll('the logs bucket tagged prod again in AWS (emulator)', () => liveTag('dl-logs'), (v) => v === 'prod');
    await poll('no drift squiggle left after the rescan', warningSquiggles, (n) => n === 0);
    await screenshot('revert done, squiggle gone');
  });

  it('6. "Add import block" and "Import ... into code" insert valid import blocks', async () => {
    // not_in_state: the fresh bucket is declared; an import block goes right above it.
    await goToLine(lineOf(mainText(), 'resource "aws_s3_bucket" "fresh"'), 3);
    await quickFix('Add import block');
    await poll('the import block in the editor', editorText, (t) => t.includes('to = aws_s3_bucket.fresh'));
    await save();
    const withImport = await poll('the import block saved to main.tf', async () => mainText(), (t) => t.includes('to = aws_s3_bucket.fresh'));
    assert.match(withImport, /import \{\n  to = aws_s3_bucket\.fresh\n  id = "dl-fresh"\n\}\n/);
    assert.deepEqual(parse(withImport).errors, [], 'main.tf still parses');

    // unmanaged: dl-stray exists only in AWS; its diagnostic is on the provider block.
    await goToLine(lineOf(withImport, 'provider "aws"'), 3);
    await quickFix('Import dl-stray into code');
    const imports = join(workspaceDir(), 'imports.tf');
    await poll('imports.tf created', async () => existsSync(imports), Boolean);
    // Quick Open's file list may not know the new file yet: open it from the Explorer, as a user would.
    await openFromExplorer('imports.tf');
    await poll('the import in the imports.tf editor', editorText, (t) => t.includes('id = "dl-stray"'));
    await screenshot('import of the unmanaged bucket');
    await save();
    const text = await poll('the import saved to imports.tf', async () => readFileSync(imports, 'utf8'), (t) => t.includes('id = "dl-stray"'));
    assert.deepEqual(parse(text).errors, [], text);
    assert.match(text, /import \{\n  to = aws_s3_bucket\.\w+\n  id = "dl-stray"\n\}/, text);
    assert.match(text, /resource "aws_s3_bucket" "\w+" \{\n  bucket = "dl-stray"/, text);
    assert.match(text, /Owner\s*=\s*"someone"/, text);
  });

  it('7. "Driftlog: Scan Workspace" shows progress and updates the counts', async () => {
    await openFromExplorer('main.tf');
    // A slower network (300 ms per request, set in the emulator) keeps the progress on screen long enough to see.
    await emulatorAdmin('faults', { method: 'POST', body: { latency: { kind: 'fixed', ms: 300 } } });
    try {
      await runCommand('Driftlog: Scan Workspace');
      await poll('the scan progress notification', notifications, (t) => t.some((x) => x.includes('Driftlog: scanning the workspace')), FEATURE_TIMEOUT);
      await screenshot('scan workspace shows progress');
      const done = await poll('the scan result notification', notifications, (t) => t.some((x) => /Driftlog: .*in sync/.test(x)), 120_000);
      assert.ok(done.some((x) => x.includes('in sync')), done.join(' | '));
    } finally {
      await emulatorAdmin('faults', { method: 'POST', body: {} });
    }
    // Accepted and reverted: two fewer drifted, two more in sync (the imported dl-stray is now declared and
    // not yet in the state).
    const status = await poll('the updated counts', languageStatus, (s) => {
      const c = counts(s);
      return c !== undefined && c.inSync === first.inSync + 2;
    });
    const now = counts(status)!;
    assert.ok(now.drifted < first.drifted, `fewer drifted than at first (${first.drifted}): ${status}`);
    await screenshot('counts updated after the scan');
  });

  it('8. "Driftlog: Verify Audit Log" reports a valid log, and ssh-keygen -Y verify agrees on every batch', async () => {
    await runCommand('Driftlog: Verify Audit Log');
    const texts = await poll('the verification result', notifications, (t) => t.some((x) => /audit log (valid|INVALID)|cannot verify/.test(x)));
    const msg = texts.find((x) => /audit log (valid|INVALID)|cannot verify/.test(x))!;
    await screenshot('verify audit log reports valid');
    const m = /audit log valid \((\d+) batches?, (\d+) events?\)/.exec(msg);
    assert.ok(m, msg);
    const batches = Number(m[1]);
    assert.ok(batches >= 4, `scans, accept, revert and imports were recorded: ${msg}`);

    const logDir = join(workspaceDir(), '.driftlog');
    const files = readdirSync(join(logDir, 'batches'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.jsonl'));
    assert.equal(files.length, batches, `batch files on disk: ${files.join(', ')}`);
    for (const f of files) {
      const path = join(logDir, 'batches', f);
      const body = readFileSync(path);
      const email = /"email":"([^"]+)"/.exec(body.toString('utf8').split('\n')[0]!)?.[1];
      assert.ok(email, `${f}: its first line names the signer`);
      const r = spawnSync('ssh-keygen', ['-Y', 'verify', '-f', join(logDir, 'allowed_signers'), '-I', email, '-n', 'driftlog', '-s', `${path}.sig`], {
        input: body,
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, `ssh-keygen -Y verify ${f}: ${r.stdout}${r.stderr}`);
      assert.match(r.stdout, /Good "driftlog" signature/);
    }
  });

  it('9. the Drift view lists the resources and opens the source on click', async () => {
    await openFromExplorer('imports.tf');
    await runCommand('Driftlog: Show Drift Report');
    await hidePanel();
    const view = workbench().locator('.pane', { has: workbench().locator('.pane-header h3.title', { hasText: /^\s*Drift\s*$/i }) });
    const rows = await scanList(
      'the missing topic and the not-in-state bucket in the Drift view',
      view.locator('.monaco-list'),
      (r) => r.some((t) => t.includes('aws_sns_topic.alerts')) && r.some((t) => t.includes('aws_s3_bucket.fresh')),
    );
    assert.ok(rows.some((t) => /Missing/.test(t)), `grouped by status: ${rows.join(' | ')}`);
    await screenshot('drift view lists the resources');
    await view.locator('.monaco-list-row', { hasText: 'aws_sns_topic.alerts' }).first().click();
    await workbench().locator('.tabs-container .tab.active[aria-label*="main.tf"]').waitFor();
    const line = lineOf(mainText(), 'resource "aws_sns_topic" "alerts"');
    await poll(`the cursor on the alerts topic (line ${line})`, cursorText, (t) => t.includes(`Ln ${line},`));
    await screenshot('drift view opened the source');
  });
});
