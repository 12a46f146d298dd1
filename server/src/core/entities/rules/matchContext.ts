/**
 * Sports reports name clubs by their city: `Lyon drew with Nantes`, `lost 2-1 to Lyon`, `Leeds 2 Chelsea 1`,
 * `Boston coach Ann Lee`. A known place in a team's place in a match result is the team; a country's team
 * stays a place (the gold conventions follow CoNLL's). Read on the raw paragraph text around the name, and
 * asked only about known places that are no countries.
 */

const SCORE = String.raw`\d{1,3}-\d{1,3}\b`;
/** A result's score or a cricket match's margin (`by an innings and 39 runs`, `by five wickets`). */
const MARGIN = String.raw`(?:${SCORE}|by\s+(?:an\s+innings|\w+\s+(?:runs|wickets)))`;
/** The other team's name, between a verb and the score. */
const TEAM = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}`;
const BEATS = String.raw`(?:beat(?:s|en|ing)?|defeat(?:s|ed|ing)?|edge[sd]?|thrash(?:es|ed)?|hammer(?:s|ed)?|rout(?:s|ed)?|`
	+ String.raw`crush(?:es|ed)?|overc[oa]mes?|stun(?:s|ned)?|upsets?|down(?:s|ed)?|holds?|held|trounced?|sinks?|ousts?|shocks?)`;
/** A verb of a match result, in any case: `BEAT`, `HELD` in a headline (`draw`, `lose` and `top` too). */
export const RESULT_VERB = new RegExp(String.raw`^(?:${BEATS}|draws?|drew|lose[sn]?|lost|tops?)$`, 'i');
/**
 * After the name: a result with its score (`beat Nantes 3-1`, `lost 2-0`, `were held 1-1`), a draw (`drew with`), the
 * rest of a score line (` 2 Chelsea 1`), a league table's row (five numbers or more), a player's or coach's role.
 */
const TEAM_AFTER = new RegExp(String.raw`\s+(?:${BEATS}\s+${TEAM}${MARGIN}|(?:dr[ae]wn?|(?:were\s+)?held|los[te]s?|were\s+beaten|`
	+ String.raw`went\s+down|won|wins?)\s+${SCORE}|dr[ae]w(?:n|ing)?\s+(?:level\s+)?with\s+\p{Lu}|\d{1,3}\s+${TEAM}\d{1,3}\s*(?:\(|$)|`
	+ String.raw`(?:\d{1,3}\s+){4,}\d{1,3}\s*$|(?:coach|manager|captain|striker|goalkeeper|midfielder|defender|winger|forward)\s+\p{Lu}|`
	+ String.raw`(?:equali[sz]ed|went\s+top|go\s+top|stay\s+top|were\s+relegated|won\s+promotion)\b)`, 'uy');
/** `Freiburg have now lost`: a sentence that a city opens with a plural verb is about its team (a place takes `has`). */
const PLURAL_VERB_AFTER = /\s+(?:still\s+|now\s+|also\s+)?(?:have|are|were)\b/y;
/**
 * Before the name: a draw with it (`drew with`, `held 1-1 by`), a loss to it with the score (`lost 2-1 to`), a win over it or a
 * defeat by it (`win over`, `defeat to`, `5-2 win at`).
 */
const TEAM_BEFORE = new RegExp(String.raw`(?:\bdr[ae]w(?:n|s|ing)?(?:\s+level|\s+${SCORE})?\s+(?:with|against)|`
	+ String.raw`\bheld\s+${SCORE}\s+(?:by|at)|\b(?:los(?:t|ing|es?)|beaten|went\s+down)\s+${SCORE}\s+`
	+ String.raw`(?:at\s+home\s+)?(?:to|at|against|by)|`
	+ String.raw`\bdefeats?\s+(?:to|by|against)|\b(?:wins?|victory|victories)\s+(?:over|against)|`
	+ String.raw`\b${SCORE}\s+(?:home\s+|away\s+)?(?:win|victory|defeat|loss|draw)\s+(?:at|over|against|to|with|by))\s+$`, 'u');
/** `beat Toulouse 3-1`: a result verb before the name, the score after it. */
const BEATEN_BEFORE = new RegExp(String.raw`\b${BEATS}\s+(?:the\s+)?$`);
/** The first half of a score line before the second team (`Leeds 2 `), which ends it with its own score (` 1`, ` 1 (0-0)`). */
const SCORE_LINE_FIRST = new RegExp(String.raw`^${TEAM}\d{1,3}\s+$`, 'u');
const SCORE_LINE_END = /\s+\d{1,3}\s*(?:\(|$)/y;
const SCORE_AFTER = new RegExp(String.raw`\s+${MARGIN}`, 'y');

/** The words a team is named after in `TEAM_BEFORE`: only these are worth its search. */
const WORD_BEFORE_TEAM = /(?:^|\s)(?:with|against|by|at|to|over)\s+$/;

/** Whether `text.slice(start, end)` stands where a team stands in a match result; `opensSentence`: the name opens a sentence. */
export function isTeamInMatch(text: string, start: number, end: number, opensSentence: boolean): boolean {
	TEAM_AFTER.lastIndex = end;
	if (TEAM_AFTER.test(text)) return true;
	PLURAL_VERB_AFTER.lastIndex = end;
	if (opensSentence && PLURAL_VERB_AFTER.test(text)) return true;
	const before = text.slice(Math.max(0, start - 40), start);
	const spaceBefore = before.charCodeAt(before.length - 1);
	if (spaceBefore !== 0x20 && spaceBefore !== 0x0a && spaceBefore !== 0xa0) return false;
	SCORE_AFTER.lastIndex = end;
	if (SCORE_AFTER.test(text) && BEATEN_BEFORE.test(before)) return true;
	if (start <= 40 && /\d\s+$/.test(before) && SCORE_LINE_FIRST.test(before)) {
		SCORE_LINE_END.lastIndex = end;
		return SCORE_LINE_END.test(text);
	}
	return WORD_BEFORE_TEAM.test(before.slice(-10)) && TEAM_BEFORE.test(before);
}

/** The rest of a score line (` 2 Vitesse 0`) or of a league table's row (five numbers or more) after its first team. */
const SCORE_LINE_REST = new RegExp(String.raw`\s+\d{1,3}\s+${TEAM}\d{1,3}\s*(?:\(|$)|(?:\s+\d{1,3}){5,}\s*$`, 'uy');

/** `Feyenoord 2 Vitesse 0`, `Heerenveen 5 2 2 1 8 6 8`: whether the name is a team of a score line or a table's row. */
export function isScoreLineTeam(text: string, start: number, end: number): boolean {
	if (start > 60) return false;
	const before = text.slice(0, start);
	if (/^\s*$/.test(before)) {
		SCORE_LINE_REST.lastIndex = end;
		return SCORE_LINE_REST.test(text);
	}
	SCORE_LINE_END.lastIndex = end;
	return SCORE_LINE_FIRST.test(before) && SCORE_LINE_END.test(text);
}
