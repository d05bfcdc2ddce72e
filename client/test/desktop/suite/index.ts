// Entry of the desktop suite inside the extension host (@vscode/test-electron calls run()): mocha with the specs.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: true });
  // Define describe/it for the specs, then load them (bundled; required only now, after the globals exist).
  mocha.suite.emit('pre-require', globalThis, 'drift.test', mocha);
  require('./drift.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} desktop test(s) failed`)) : resolve()));
  });
}
