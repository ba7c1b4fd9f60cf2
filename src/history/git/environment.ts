/**
 * Variables that would point git at another repository, index or object store than the folder
 * Headway was asked about. They are set when Headway runs inside a git hook (`GIT_DIR`,
 * `GIT_INDEX_FILE`) or under a wrapper; left in place, `git -C <folder>` would read the hook's
 * repository instead. The pathspec switches would turn our `:(glob)` patterns into literals.
 */
const LOCATING = [
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_PREFIX', 'GIT_SHALLOW_FILE', 'GIT_GRAFT_FILE',
  'GIT_LITERAL_PATHSPECS', 'GIT_GLOB_PATHSPECS', 'GIT_NOGLOB_PATHSPECS', 'GIT_ICASE_PATHSPECS',
] as const;

/**
 * The environment for every git process: the caller's (PATH, HOME, config), minus the variables
 * above, with messages in English (errors are recognized by their words), no credential prompt
 * that would hang a CI run, and no optional locks — `git status` must not take `index.lock` while
 * the user works in the same checkout.
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of LOCATING) delete env[name];
  return env;
}

/**
 * `-c` settings that keep user configuration out of the output we parse: paths unquoted,
 * no signatures under `log`, root commits diffed, `--follow` never implied for one pathspec.
 */
export const NEUTRAL_CONFIG: readonly string[] = [
  '-c', 'core.quotepath=off',
  '-c', 'log.showSignature=false',
  '-c', 'log.showRoot=true',
  '-c', 'log.follow=false',
  '-c', 'diff.renames=true',
  '-c', 'color.ui=false',
];
