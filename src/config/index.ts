// parse.js (the validator) is left out on purpose: loadConfig imports it only when a file exists.
export { CONFIG_FILE, DEFAULT_CONFIG, analyzeOptionsFrom, type HeadwayConfig } from './config.js';
export { ConfigError } from './errors.js';
export { loadConfig, type ConfigSource } from './load.js';
