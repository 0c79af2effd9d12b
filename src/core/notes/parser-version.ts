/**
 * The version of what reading one note yields (`ParsedNote` and the rules that fill it). Caches of
 * parsed notes (the CLI's cache folder, the plugin's IndexedDB store) are valid only for the version
 * they were written with: change this number with any change to how notes are read or what a
 * `ParsedNote` holds, and every cache is rebuilt on its next use.
 */
export const PARSER_VERSION = 80;
