/** The version of this command, from packages/cli/package.json (bundled in at build time). */
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
