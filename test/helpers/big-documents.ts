/**
 * Large and pathological inputs for the bounded-time tests, built in memory: a realistic
 * multi-megabyte progress document, and the shapes that break parsers (deep nesting, one huge
 * line, a huge table, runs of one delimiter).
 */

/**
 * One progress document of the kinds in `../shared/seeds`: phases with claims and checklists,
 * a status table, a code fence holding a template, status bullets, metrics, placeholders.
 * `n` varies names and numbers so copies are not identical.
 */
export function progressDocument(n: number): string {
  const phases = [1, 2, 3, 4].map((p) => {
    const done = (n + p) % 6;
    const boxes = Array.from({ length: 6 }, (_, i) => `- [${i < done ? 'x' : ' '}] Task ${p}.${i + 1}: build part ${n}-${i} (${(i + 1) * 5} min)\n`).join('');
    return (
      `### Phase ${p}: Component ${p} ${done === 6 ? '✅' : '🔄'}\n` +
      `**Target**: Week ${p * 2} — **Progress**: ${(done * 100) / 6 + (n % 3) * 10}%\n\n` +
      boxes +
      `  - [ ] Sub-task of ${p}.6 with *emphasis* and \`code\`\n` +
      `    - Plain note bullet, not an item\n\n`
    );
  });
  return (
    `# Project ${n} — Progress Report\n\n` +
    `**Status**: In Progress\n**Last Updated**: [Current Date]\n**Overall Progress**: ${(n * 7) % 100}% Complete\n\n` +
    `## Milestones\n\n${phases.join('')}` +
    `## Components\n\n| Component | Status | Progress | Owner |\n|---|---|---|---|\n` +
    `| Auth | ✅ Complete | 100% | [Name] |\n| API | 🔄 In Progress | ${(n * 13) % 100}% | Sam |\n| Billing | ⏳ Planned | 0% | — |\n| Reports | ❌ Not Started | 0% | |\n\n` +
    '## Template\n\n```markdown\n- [ ] not a task inside a fence\n**Progress**: [X]%\n```\n\n' +
    `## Status\n\n- ✅ Repository set up\n- 🔄 CI pipeline (70% complete)\n- ⏳ Load testing (3 days)\n- ⛔ Blocked: vendor API (waiting for credentials)\n\n` +
    `## Metrics\n\n- **Code Coverage**: ${60 + (n % 30)}% (Target: 80%)\n- **Build Time**: 3.2 minutes (Target: <2 minutes)\n- Target >80% (Current: N/A)\n\n` +
    `<!-- - [ ] hidden in a comment -->\n> - [x] quoted task ${n}\n\n`
  );
}

/** Concatenated progress documents up to `bytes` of UTF-8. */
export function bigProgressDocument(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const part = progressDocument(n);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}
