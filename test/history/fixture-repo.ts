/**
 * The history fixture: two documents over eight first-parent commits, with every kind of
 * change history must tell apart — ticks, an item started, scope added and removed, an item
 * re-worded on a branch and merged, a rename with an item moved to another section, an item
 * blocked. Dates are fixed, so shas and every figure are the same on every run.
 *
 *     plan      2026-03-02  docs/plan.md: Milestone 1 (3 tasks), Milestone 2 (2 tasks)
 *     tick      2026-03-03  Parse documents done
 *     scope     2026-03-05  + Cache results (M2); Extract items in progress; + TODO.md (1/2)
 *       reword  2026-03-09  (branch side) Read git log → Read the git log
 *     extract   2026-03-10  Extract items done
 *     merge     2026-03-11  merge side
 *     drop      2026-03-12  − Cache results; Compute progress done
 *     rename    2026-03-16  docs/plan.md → docs/roadmap.md; Replay versions moved to M1
 *     block     2026-03-17  Read the git log blocked; TODO: Write README done
 */
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const plan = (lines: { m1: string[]; m2: string[] }): string =>
  ['# Plan', '', '## Milestone 1: Core', '', ...lines.m1, '', '## Milestone 2: History', '', ...lines.m2, ''].join('\n');

export async function makeFixtureRepo(): Promise<TestRepo> {
  return makeRepo([
    {
      date: '2026-03-02T10:00:00Z',
      message: 'plan',
      files: { 'docs/plan.md': plan({ m1: ['- [ ] Parse documents', '- [ ] Extract items', '- [ ] Compute progress'], m2: ['- [ ] Read git log', '- [ ] Replay versions'] }) },
    },
    {
      date: '2026-03-03T10:00:00Z',
      message: 'tick',
      files: { 'docs/plan.md': plan({ m1: ['- [x] Parse documents', '- [ ] Extract items', '- [ ] Compute progress'], m2: ['- [ ] Read git log', '- [ ] Replay versions'] }) },
    },
    {
      date: '2026-03-05T10:00:00Z',
      message: 'scope',
      files: {
        'docs/plan.md': plan({ m1: ['- [x] Parse documents', '- [/] Extract items', '- [ ] Compute progress'], m2: ['- [ ] Read git log', '- [ ] Replay versions', '- [ ] Cache results'] }),
        'TODO.md': '# TODO\n\n- [ ] Write README\n- [x] Set up CI\n',
      },
    },
    { branch: 'side' },
    {
      date: '2026-03-09T10:00:00Z',
      message: 'reword',
      files: { 'docs/plan.md': plan({ m1: ['- [x] Parse documents', '- [/] Extract items', '- [ ] Compute progress'], m2: ['- [ ] Read the git log', '- [ ] Replay versions', '- [ ] Cache results'] }) },
    },
    { checkout: 'main' },
    {
      date: '2026-03-10T10:00:00Z',
      message: 'extract',
      files: { 'docs/plan.md': plan({ m1: ['- [x] Parse documents', '- [x] Extract items', '- [ ] Compute progress'], m2: ['- [ ] Read git log', '- [ ] Replay versions', '- [ ] Cache results'] }) },
    },
    { merge: 'side', date: '2026-03-11T10:00:00Z', message: 'merge' },
    {
      date: '2026-03-12T10:00:00Z',
      message: 'drop',
      files: { 'docs/plan.md': plan({ m1: ['- [x] Parse documents', '- [x] Extract items', '- [x] Compute progress'], m2: ['- [ ] Read the git log', '- [ ] Replay versions'] }) },
    },
    {
      date: '2026-03-16T10:00:00Z',
      message: 'rename',
      rename: ['docs/plan.md', 'docs/roadmap.md'],
      files: { 'docs/roadmap.md': plan({ m1: ['- [x] Parse documents', '- [x] Extract items', '- [x] Compute progress', '- [ ] Replay versions'], m2: ['- [ ] Read the git log'] }) },
    },
    {
      date: '2026-03-17T10:00:00Z',
      message: 'block',
      files: {
        'docs/roadmap.md': plan({ m1: ['- [x] Parse documents', '- [x] Extract items', '- [x] Compute progress', '- [ ] Replay versions'], m2: ['- [ ] Read the git log *(Blocked)*'] }),
        'TODO.md': '# TODO\n\n- [x] Write README\n- [x] Set up CI\n',
      },
    },
  ]);
}
