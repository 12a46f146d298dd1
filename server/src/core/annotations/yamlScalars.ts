/**
 * How the sidecar writes scalar values. Passages, context and notes are always double-quoted:
 * that form can hold any text on one line (quotes, colons, line breaks as `\n`), and every YAML
 * reader reads it back unchanged. Ids and tags stay plain when that cannot be misread.
 */

const plainSafe = /^[A-Za-z][A-Za-z0-9_\-.]*(\/[A-Za-z0-9_\-.]+)*$/;
/** Plain words that YAML 1.1 readers (PyYAML) would turn into booleans or null. */
const reservedWords = /^(y|n|yes|no|on|off|true|false|null)$/i;

export function doubleQuoted(value: string): string {
	// JSON's escapes are valid in YAML double quotes; YAML also forbids raw DEL, C1 controls,
	// U+FEFF and non-characters, and some readers treat U+2028/U+2029 as line breaks.
	return JSON.stringify(value).replace(
		/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
		ch => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
	);
}

export function plainOrQuoted(value: string): string {
	return plainSafe.test(value) && !reservedWords.test(value) ? value : doubleQuoted(value);
}
