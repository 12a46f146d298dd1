/**
 * What a sidecar, the codebook or the registry must not hold although the `yaml` parser accepts
 * it: characters YAML forbids (raw NUL and other control characters), tags outside the core schema
 * (`!!js/function`, `!custom`: rewriting the file would turn them into plain text and lose what
 * they meant) and aliases without an anchor (read as empty, and other YAML readers refuse the file).
 * A file with any of these is treated as malformed: reported, left untouched, commands refused.
 */
import { isAlias, visit, type Document } from 'yaml';

export interface YamlHazard {
	readonly message: string;
	readonly offset: number;
	readonly length: number;
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls but NEL; U+FFFE, U+FFFF. */
const forbiddenCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

export function yamlHazards(text: string, doc: Document): YamlHazard[] {
	const hazards: YamlHazard[] = [];
	const forbidden = forbiddenCharacter.exec(text);
	if (forbidden) {
		const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		hazards.push({
			message: `the file holds the control character U+${code}, which YAML does not allow `
				+ `(write it as "\\u${code.toLowerCase()}" inside double quotes)`,
			offset: forbidden.index,
			length: 1,
		});
	}
	for (const warning of doc.warnings) {
		if (warning.code === 'TAG_RESOLVE_FAILED') {
			const tag = text.slice(warning.pos[0], warning.pos[1]);
			hazards.push({
				message: `the tag ${tag || 'here'} is not part of YAML's core schema; Seed Annotator does not read or rewrite such files`,
				offset: warning.pos[0],
				length: warning.pos[1] - warning.pos[0],
			});
		}
	}
	if (text.includes('*')) {
		visit(doc, {
			Alias(_key, node) {
				if (isAlias(node) && node.resolve(doc) === undefined) {
					const range = node.range ?? [0, 0];
					hazards.push({
						message: `the alias *${node.source} refers to no anchor (&${node.source}) before it`,
						offset: range[0],
						length: range[1] - range[0],
					});
				}
			},
		});
	}
	return hazards;
}
