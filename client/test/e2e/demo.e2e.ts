// The README's demo workspace (`npm run demo`: test-fixtures/demo with its git history by Bob and Alice) in a
// real editor against the emulator seeded with the demo's out-of-band changes: alice retagged the uploads bucket
// (Env: staging), bob raised the orders queue's visibility timeout (300), carol cut the API log group's retention
// (7 days). The screenshots of this suite are the README's.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activeEditor,
  editorText,
  emulatorAdmin,
  goToLine,
  hoverLine,
  languageStatus,
  lineOf,
  openFromExplorer,
  poll,
  problems,
  quickFix,
  save,
  screenshot,
  workbench,
  workspaceDir,
} from './workbench';

const file = (name: string) => join(workspaceDir(), name);
const text = (name: string) => readFileSync(file(name), 'utf8');
const warningSquiggles = () => activeEditor().locator('.squiggly-warning').count();

describe('the demo workspace in a real editor', () => {
  it('scans in the background and shows the counts in the language status item', async () => {
    await openFromExplorer('app.tf');
    const status = await poll('the Driftlog language status with the scan counts', languageStatus, (s) => /Driftlog: \d+ drifted, \d+ in sync/.test(s), 120_000);
    const [, drifted, inSync] = /Driftlog: (\d+) drifted, (\d+) in sync/.exec(status)!.map(Number);
    assert.ok(drifted! >= 3, `the three out-of-band changes at least: ${status}`);
    assert.ok(inSync! >= 1, status);
  });

  it('underlines the drifted attributes and lists them in the Problems panel with their principals', async () => {
    // Squiggles are drawn only for lines in view: show the queue and the log group (the end of app.tf).
    await goToLine(lineOf(text('app.tf'), 'retention_in_days', 'resource "aws_cloudwatch_log_group" "api"'), 5);
    await poll('squiggles on the queue timeout and the log retention in app.tf', warningSquiggles, (n) => n >= 2);
    const rows = await poll(
      'drift/changed problems by alice, bob and carol',
      problems,
      (texts) => ['user/alice', 'user/bob', 'user/carol'].every((p) => texts.some((t) => t.includes('drift/changed') && t.includes(p))),
    );
    assert.ok(rows.every((t) => !t.includes('drift/changed') || t.includes('driftlog')), rows.join(' | '));
    await screenshot('demo squiggles and problems');
  });

  it('hovering the uploads bucket shows expected, live, alice in CloudTrail and Alice in git', async () => {
    await openFromExplorer('storage.tf');
    const header = lineOf(text('storage.tf'), 'resource "aws_s3_bucket" "uploads"');
    const hover = await poll(
      'the hover with alice (CloudTrail) and Alice Example (git)',
      async () => (await hoverLine(header)).innerText(),
      (t) => t.includes('user/alice') && t.includes('Alice Example'),
    );
    assert.match(hover, /"prod"/, hover);
    assert.match(hover, /"staging"/, hover);
    assert.match(hover, /PutBucketTagging/, hover);
    await screenshot('demo hover with cloud principal and git author');
    await workbench().keyboard.press('Escape');
  });

  it('accepts the queue timeout bob set into app.tf', async () => {
    await openFromExplorer('app.tf');
    const line = lineOf(text('app.tf'), 'visibility_timeout_seconds', 'resource "aws_sqs_queue" "orders"');
    await goToLine(line, 5);
    await quickFix('Accept live value');
    await poll('the accepted timeout in the editor', editorText, (t) => /visibility_timeout_seconds\s*=\s*300/.test(t));
    await screenshot('demo accept live value');
    await save();
    await poll('app.tf saved with the live timeout', async () => text('app.tf'), (t) => /visibility_timeout_seconds\s*=\s*300\n/.test(t));
  });

  it('reverts the log retention carol cut, after the confirmation', async () => {
    const read = async () =>
      (await emulatorAdmin<{ properties: { RetentionInDays?: number } }>(`resource?type=AWS::Logs::LogGroup&identifier=${encodeURIComponent('/acme/orders/api')}`))
        .properties.RetentionInDays;
    assert.equal(await read(), 7);
    const line = lineOf(text('app.tf'), 'retention_in_days', 'resource "aws_cloudwatch_log_group" "api"');
    await goToLine(line, 5);
    await quickFix('Revert live resource to code');
    const dialog = workbench().locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /7 \(live now\) → 30 \(code\)/);
    await screenshot('demo revert confirmation');
    await dialog.getByRole('button', { name: 'Revert', exact: true }).click();
    await poll('the log group back at 30 days in AWS (emulator)', read, (v) => v === 30);
    await poll('no drift squiggle left in app.tf after the rescan', warningSquiggles, (n) => n === 0);
  });
});
