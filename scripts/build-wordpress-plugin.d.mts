/** The WordPress plugin's folder, integrations/wordpress/twinning-kit. */
export const PLUGIN_DIR: string;
/** The built files the plugin ships in assets/ (the first is required). */
export const KIT_FILES: string[];
/** The zip's files, name (under twinning-kit/) → content, from the plugin's folder and `dist`. */
export function pluginFiles(dist: string): Map<string, Uint8Array>;
/** The plugin's zip, as dist/twinning-kit-wordpress.zip holds it. */
export function pluginZip(dist: string): Uint8Array;
