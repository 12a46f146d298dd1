import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addTagToCodebook, parseCodebook, renameTagInCodebook } from '../src/core/annotations/codebook';

function codebookOf(count: number): string {
	const lines = ['version: 1', 'tags:'];
	for (let index = 0; index < count; index++)
		lines.push(`  group${index % 50}/tag-${index}:`, `    description: Tag ${index}.`, '    color: "#1f77b4"');
	return lines.join('\n') + '\n';
}

test('a tag listed twice is reported at its second key, as the YAML library words it', () => {
	const text = 'version: 1\ntags:\n  a:\n    color: "#111111"\n  b:\n    color: "#222222"\n  a:\n    color: "#333333"\n';
	const codebook = parseCodebook(text);
	assert.deepEqual(codebook.tags, []);
	assert.deepEqual(
		codebook.problems.map(problem => [problem.message, problem.range.start.line, problem.range.start.character]),
		[['Map keys must be unique', 6, 2]],
	);
	assert.throws(
		() => addTagToCodebook(text, { name: 'c' }),
		/cannot be changed while it has an error: Map keys must be unique \(line 7\)/,
	);
});

test('a codebook of 3,000 tags costs about ten times one of 300 to change, not a hundred times', () => {
	const time = (text: string) => {
		let best = Infinity;
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			addTagToCodebook(text, { name: 'group3/new' });
			renameTagInCodebook(text, 'group3', 'renamed');
			best = Math.min(best, performance.now() - started);
		}
		return best;
	};
	const small = codebookOf(300);
	const large = codebookOf(3000);
	time(small);
	const ratio = time(large) / time(small);
	// Linear gives about 10; comparing each key with every earlier one gave about 100.
	assert.ok(ratio < 40, `10× the tags took ${ratio.toFixed(1)}× the time`);
	const renamed = renameTagInCodebook(large, 'group3', 'renamed')!;
	assert.equal(parseCodebook(renamed).tags.filter(tag => tag.name.startsWith('renamed/')).length, 60);
});
