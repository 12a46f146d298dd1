import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorsByRule, NO_CANDIDATE } from '../../eval/byRule';
import type { EntityMention } from '../src/core/entities/types';

function mention(start: number, end: number, kind: EntityMention['entity']['kind'], rules: string[]): EntityMention {
	const surface = 'x'.repeat(end - start);
	return { start, end, surface, entity: { id: `auto:${kind}:${surface}`, name: surface, kind }, rules: rules as EntityMention['rules'] };
}

test('--by-rule: a false positive counts against its rules, a miss against the rules of the mention over its words or no candidate', () => {
	const byRule = new ErrorsByRule();
	byRule.add(
		[
			mention(0, 5, 'person', ['person-shape']), // right
			mention(10, 15, 'person', ['person-shape']), // wrong kind: a false positive and a miss, both person-shape's
			mention(20, 25, 'organization', ['lone-word-unsettled', 'document-hint']), // nothing there
			mention(30, 38, 'organization', ['head-word']), // too long: the gold span 30–35 is missed
		],
		[
			{ start: 0, end: 5, kind: 'person', surface: 'xxxxx' },
			{ start: 10, end: 15, kind: 'organization', surface: 'xxxxx' },
			{ start: 30, end: 35, kind: 'organization', surface: 'xxxxx' },
			{ start: 40, end: 45, kind: 'place', surface: 'xxxxx' }, // found by nothing
		],
	);
	assert.deepEqual(byRule.rows(), [
		{ rules: 'head-word', falsePositives: 1, misses: 1 },
		{ rules: 'person-shape', falsePositives: 1, misses: 1 },
		{ rules: 'lone-word-unsettled → document-hint', falsePositives: 1, misses: 0 },
		{ rules: NO_CANDIDATE, falsePositives: 0, misses: 1 },
	]);
	assert.deepEqual(byRule.format('DEV').slice(1, 3), ['  false pos.  misses  rules', '           1       1  head-word']);
});
