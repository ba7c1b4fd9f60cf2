/** Markdown files, found in any folder scanned. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md', '**/*.markdown', '**/*.mdown', '**/*.mkd'];

/**
 * Folders never scanned unless named: version control, dependencies, vendored code, build
 * output, caches and virtual environments. Their Markdown is someone else's (a package's
 * CHANGELOG) or a copy of ours (`dist/`), and would bury the real progress documents.
 */
export const IGNORED_FOLDERS: readonly string[] = [
  '.git', '.hg', '.svn', '.bzr',
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party', 'Pods', '.yarn', '.pnpm-store',
  'dist', 'build', 'out', 'target', 'coverage', '.nyc_output', '.next', '.nuxt', '.svelte-kit', '.output',
  '.turbo', '.parcel-cache', '.gradle', '.terraform',
  '.venv', 'venv', '__pycache__', '.tox', '.nox', 'site-packages', '.mypy_cache', '.pytest_cache',
  '.cache', '.headway',
];
