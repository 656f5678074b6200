/** The manifest schema version this SDK writes and reads (major.minor). */
export const MANIFEST_SCHEMA_VERSION = '1.0';
export const MANIFEST_SCHEMA_MAJOR = 1;
