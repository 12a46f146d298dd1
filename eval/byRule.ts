/**
 * `npm run eval -- --by-rule`: the errors of a set grouped by the rules behind them, so the weakest
 * rules are visible. A false positive counts against the rules that produced it (their ids joined
 * by ` → ` where a later stage changed the kind); a miss counts against the rules of the mention the
 * detector made over its words instead (a wrong span or kind), or against `no candidate` when the
 * detector found nothing there.
 */
import type { EntityMention } from '../server/src/core/entities/types';
import type { ScoredSpan } from './matching';

export const NO_CANDIDATE = 'no candidate';

export interface RuleErrors {
	/** The rule ids, deciding rule first, or `no candidate`. */
	readonly rules: string;
	falsePositives: number;
	misses: number;
}

/** The rules of a mention as one key: `lone-word → document-hint`. */
export function ruleKey(mention: Pick<EntityMention, 'rules'>): string {
	return mention.rules && mention.rules.length > 0 ? mention.rules.join(' → ') : 'unknown';
}

export class ErrorsByRule {
	private readonly byRules = new Map<string, RuleErrors>();

	/** Adds one text's errors: `predicted` are the detector's mentions (scored as `spans`), `gold` the right answers. */
	add(predicted: readonly EntityMention[], gold: readonly ScoredSpan[]): void {
		const key = (span: ScoredSpan) => `${span.start}:${span.end}:${span.kind}`;
		const goldKeys = new Set(gold.map(key));
		const predictedKeys = new Set(predicted.map(mention => key({ ...mention, kind: mention.entity.kind })));
		for (const mention of predicted)
			if (!goldKeys.has(key({ ...mention, kind: mention.entity.kind }))) this.entry(ruleKey(mention)).falsePositives++;
		for (const span of gold) {
			if (predictedKeys.has(key(span))) continue;
			const instead = predicted.find(mention => mention.start < span.end && span.start < mention.end);
			this.entry(instead ? ruleKey(instead) : NO_CANDIDATE).misses++;
		}
	}

	/** Every group, the most errors first. */
	rows(): RuleErrors[] {
		return [...this.byRules.values()].sort(
			(a, b) => b.falsePositives + b.misses - (a.falsePositives + a.misses) || a.rules.localeCompare(b.rules),
		);
	}

	/** The table `--by-rule` prints. */
	format(heading: string): string[] {
		const lines = [`\n${heading}`, '  false pos.  misses  rules'];
		for (const row of this.rows())
			lines.push(`  ${String(row.falsePositives).padStart(10)}  ${String(row.misses).padStart(6)}  ${row.rules}`);
		return lines;
	}

	private entry(rules: string): RuleErrors {
		let entry = this.byRules.get(rules);
		if (!entry) {
			entry = { rules, falsePositives: 0, misses: 0 };
			this.byRules.set(rules, entry);
		}
		return entry;
	}
}
