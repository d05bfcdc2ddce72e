// Types of scripts/demoWorkspace.mjs, for the TypeScript tests that reuse it.
export interface DemoAuthor {
  name: string;
  email: string;
  date: string;
}
export interface DemoCommit {
  sha: string;
  author: string;
  /** Author date, ISO 8601 (git's %aI). */
  date: string;
  subject: string;
}
export declare const DEMO_FIXTURE: string;
export declare const DEMO_SEED: string;
export declare const BOB: DemoAuthor;
export declare const ALICE: DemoAuthor;
export declare const ALICE_LATER: DemoAuthor;
export declare const DEMO_USER: { name: string; email: string };
/** Copies the demo fixture to a fresh folder outside the project and gives it a git history by Bob and Alice. */
export declare function prepareDemoWorkspace(targetDir: string): { dir: string; commits: DemoCommit[] };
/** The demo's emulator seed, its out-of-band changes moved within CloudTrail's 90 days of `now`. */
export declare function demoSeed(now?: Date): import('../server/src/emulator').Seed;
