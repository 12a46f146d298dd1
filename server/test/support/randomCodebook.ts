/**
 * Codebooks of many shapes for comparing the text-level edits with the `yaml` Document path: keys
 * plain and quoted, shorthand, flow, block and multi-line values, comments and blank lines between
 * entries and at the margin, other indentation, CRLF and a byte-order mark now and then.
 */
const defaultNames = ['frame', 'frame/cooperation', 'frame/conflict', 'actor', 'actor/state', 'actor/state/ministry', 'topic/trade', 'x'];
const keyStyles = [(name: string) => name, (name: string) => `'${name}'`, (name: string) => `"${name}"`];
const values = [
	'\n    description: A tag.\n    color: "#1f77b4"',
	'\n    color: "#abc"',
	' A shorthand description',
	'',
	' {description: flow, color: "#2ca02c"}',
	'\n    description: |\n      Two\n      lines\n    color: "#d62728"',
	'\n    description: "quoted: with # hash"\n    color: \'#9467bd\'',
	' # a comment on the key line\n    color: "#8c564b"',
	'\n    # a comment inside\n    color: "#e377c2"',
	'\n    description: plain text that goes on\n      over two lines\n    color: "#7f7f7f"',
];
const between = ['', '', '', '  # a comment between entries\n', '\n', '# a comment at the margin\n', '\n  # after a blank line\n'];
const heads = ['version: 1\n', '# A codebook\nversion: 1\n', '', '---\nversion: 1\n', 'version: 1 # the format\n'];
const tails = ['', '', '# a trailing comment\n', 'other: kept\n', '\n# after a blank line\n'];

export function randomCodebook(random: (n: number) => number, names: readonly string[] = defaultNames): string {
	const count = 1 + random(7);
	const used = new Set<string>();
	let body = '';
	for (let i = 0; i < count; i++) {
		const name = names[random(names.length)] + (random(3) === 0 ? `-${i}` : '');
		if (used.has(name)) continue;
		used.add(name);
		const key = keyStyles[random(4) === 0 ? 1 + random(2) : 0](name);
		body += between[random(between.length)] + '  ' + key + ':' + values[random(values.length)] + '\n';
	}
	const tagsLine = random(6) === 0 ? 'tags: # the vocabulary\n' : 'tags:\n';
	let text = heads[random(heads.length)] + tagsLine + body + tails[random(tails.length)];
	if (random(8) === 0) text = text.replace(/^ {2}/gm, '    ').replace(/^ {4}(?=\S)/gm, '  ').replace(/^ {6}/gm, '        ');
	if (random(10) === 0) text = text.replace(/\n/g, '\r\n');
	if (random(12) === 0) text = '\uFEFF' + text;
	return text;
}

