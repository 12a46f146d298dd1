/**
 * Entity detection quality against the gold set in `eval/gold/`: precision, recall and F1 per kind,
 * for the tuning part and the held-out part separately, with the workspace registry and without it
 * (the detector alone). A mention counts when its span and kind are both exact.
 *
 * Run: `npm run eval`. `npm run eval -- --check DIR` only validates the gold files in DIR (every
 * surface equal to its span, known kinds, no overlaps) and prints nothing about the detector, so a
 * parked held-out batch can be checked without being scored. `--without-organization-names` empties
 * the organisation lexicons first, to measure what the context rules find on their own. `--by-rule`
 * groups the false positives and misses of the development set and of the tuning part by the rules
 * behind them (see `byRule.ts`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeed } from '../server/src/core/parser';
import { EntityDetector } from '../server/src/core/entities/detector';
import { parseRegistry } from '../server/src/core/entities/registry';
import { ENTITY_KINDS, type EntityKind } from '../server/src/core/entities/types';
import { loadLexicon } from '../server/src/node/lexiconFiles';
import { ErrorsByRule } from './byRule';
import { devSetDirectory, scoreDevSet } from './devSet';
import { countMatches, newCounts, type KindCounts } from './matching';

interface GoldMention { readonly surface: string; readonly kind: EntityKind; readonly start: number; readonly end: number }
/** `batch`: the held-out batch a file was written in, for the newest batch's first score; older files have none. */
interface GoldFile {
	readonly split: 'tuning' | 'heldout';
	readonly batch?: number;
	readonly source?: string;
	readonly text?: string;
	readonly mentions: readonly GoldMention[];
}
type Counts = KindCounts;

const root = path.resolve(__dirname, '..', '..');
const goldDirectory = path.join(root, 'eval', 'gold');
/** `--verbose` lists the errors on the tuning part only: the held-out part is never looked at in detail. */
const verbose = process.argv.includes('--verbose');
/** `--by-rule`: errors grouped by rule, for the development set and the tuning part (never the held-out part). */
const byRule = process.argv.includes('--by-rule');

function main(): void {
	// The detector as the server runs it: with the lexicon data files.
	// `--without-organization-names` measures what context alone finds: organisations a text names that no list knows.
	const load = loadLexicon(path.join(root, 'server', 'data'), process.argv.includes('--without-organization-names')
		? ['organizations'] : []);
	if (load.problems.length > 0) throw new Error(`lexicon data: ${load.problems.join('; ')}`);
	const { lexicon } = load;
	const checkIndex = process.argv.indexOf('--check');
	if (checkIndex >= 0) return checkDirectory(path.resolve(process.argv[checkIndex + 1] ?? goldDirectory));
	// Real text annotated by others first: it is the figure that predicts real use.
	const devByRule = byRule ? new ErrorsByRule() : undefined;
	const dev = scoreDevSet(devSetDirectory(root), new EntityDetector([], lexicon), devByRule);
	print(`REAL TEXT — development set (GUM, written and annotated by others), detector alone, ${dev.documents} texts`, dev.counts);
	if (process.argv.includes('--dev-errors')) {
		for (const error of dev.errors)
			console.log(`  ${error.document}: ${error.error} ${error.kind} ${JSON.stringify(error.surface)} @${error.start}`);
	}
	if (devByRule) for (const line of devByRule.format('REAL TEXT — development set, errors by rule')) console.log(line);
	console.log('\nThe sets below were written for this project; they share its authors\' conventions and overstate real-text quality.');
	const files = fs.readdirSync(goldDirectory).filter(name => name.endsWith('.json')).sort();
	checkFiles(goldDirectory, files);
	const registryText = fs.readFileSync(path.join(root, 'seeds', 'entities.yaml'), 'utf8');
	const configurations = [
		{ label: 'with the registry (seeds/entities.yaml)', detector: new EntityDetector(parseRegistry(registryText).entries, lexicon) },
		{ label: 'detector alone (empty registry)', detector: new EntityDetector([], lexicon) },
	];
	for (const { label, detector } of configurations) {
		for (const split of ['tuning', 'heldout'] as const) {
			const counts = newCounts();
			const tuningByRule = byRule && split === 'tuning' ? new ErrorsByRule() : undefined;
			let documents = 0;
			for (const name of files) {
				const gold = JSON.parse(fs.readFileSync(path.join(goldDirectory, name), 'utf8')) as GoldFile;
				if (gold.split !== split) continue;
				documents++;
				const text = gold.text ?? fs.readFileSync(path.join(root, gold.source!), 'utf8');
				score(name, text, gold.mentions, detector, counts, verbose && split === 'tuning', tuningByRule);
			}
			print(`${split === 'tuning' ? 'TUNING' : 'HELD-OUT'} — ${label}, ${documents} texts`, counts);
			if (tuningByRule) for (const line of tuningByRule.format(`TUNING — ${label}, errors by rule`)) console.log(line);
			printBatches(files, split, label, detector);
		}
	}
}

function checkDirectory(directory: string): void {
	const files = fs.readdirSync(directory).filter(name => name.endsWith('.json')).sort();
	const mentions = checkFiles(directory, files);
	console.log(`${files.length} gold files in ${path.relative(process.cwd(), directory) || '.'} are well-formed: ${mentions} mentions.`);
}

/** Refuses the whole run on a gold file whose offsets do not match its text: a wrong gold file scores nothing honestly. */
function checkFiles(directory: string, files: readonly string[]): number {
	let total = 0;
	const problems: string[] = [];
	for (const name of files) {
		const gold = JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as GoldFile;
		const text = gold.text ?? fs.readFileSync(path.join(root, gold.source!), 'utf8');
		if (gold.split !== 'tuning' && gold.split !== 'heldout') problems.push(`${name}: split must be "tuning" or "heldout"`);
		const sorted = [...gold.mentions].sort((a, b) => a.start - b.start);
		sorted.forEach((mention, index) => {
			const where = `${name}: ${JSON.stringify(mention.surface)} @${mention.start}`;
			if (!(ENTITY_KINDS as readonly string[]).includes(mention.kind))
				problems.push(`${where}: unknown kind ${JSON.stringify(mention.kind)}`);
			if (text.slice(mention.start, mention.end) !== mention.surface)
				problems.push(`${where}: the text there is ${JSON.stringify(text.slice(mention.start, mention.end))}`);
			const previous = sorted[index - 1];
			if (previous && previous.end > mention.start)
				problems.push(`${where}: overlaps ${JSON.stringify(previous.surface)} @${previous.start}`);
		});
		total += gold.mentions.length;
	}
	if (problems.length > 0) {
		console.error(`Gold files with problems:\n  ${problems.join('\n  ')}`);
		process.exit(1);
	}
	return total;
}

/** The held-out part by batch: the files without a batch number, then each numbered batch. */
function printBatches(files: readonly string[], split: 'tuning' | 'heldout', label: string, detector: EntityDetector): void {
	const batches = new Map<string, { counts: Map<EntityKind, Counts>; documents: number }>();
	for (const name of files) {
		const gold = JSON.parse(fs.readFileSync(path.join(goldDirectory, name), 'utf8')) as GoldFile;
		if (gold.split !== split) continue;
		const key = gold.batch === undefined ? 'earlier batches' : `batch ${gold.batch}`;
		const batch = batches.get(key) ?? { counts: newCounts(), documents: 0 };
		batches.set(key, batch);
		batch.documents++;
		score(name, gold.text ?? fs.readFileSync(path.join(root, gold.source!), 'utf8'), gold.mentions, detector, batch.counts, false);
	}
	if (batches.size < 2) return;
	for (const [key, batch] of batches)
		print(`${split === 'tuning' ? 'TUNING' : 'HELD-OUT'}, ${key} — ${label}, ${batch.documents} texts`, batch.counts);
}

function score(
	name: string,
	text: string,
	gold: readonly GoldMention[],
	detector: EntityDetector,
	counts: Map<EntityKind, Counts>,
	verbose: boolean,
	byRuleErrors?: ErrorsByRule,
): void {
	const document = parseSeed(text);
	// The gold set covers the article's main language; names found in other-language blocks are not scored.
	const outside = document.blocks.filter(block => block.otherLanguage);
	const predicted = detector
		.analyse(document)
		.mentions.filter(mention => !outside.some(block => block.start <= mention.start && mention.start < block.end));
	const spans = predicted.map(mention => ({
		start: mention.start, end: mention.end, kind: mention.entity.kind, surface: mention.surface,
	}));
	byRuleErrors?.add(predicted, gold);
	countMatches(spans, gold, counts, verbose
		? (error, span) => console.log(`  ${name}: ${error} ${span.kind} ${JSON.stringify(span.surface)} @${span.start}`)
		: undefined);
}

function print(heading: string, counts: Map<EntityKind, Counts>): void {
	console.log(`\n${heading}`);
	console.log('kind           precision  recall     F1  (tp/fp/fn)');
	const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
	const row = (label: string, c: Counts) => {
		const precision = c.truePositives / Math.max(1, c.truePositives + c.falsePositives);
		const recall = c.truePositives / Math.max(1, c.truePositives + c.falseNegatives);
		const f1 = precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall);
		console.log(`${label.padEnd(14)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} `
			+ `${f1.toFixed(3).padStart(6)}  (${c.truePositives}/${c.falsePositives}/${c.falseNegatives})`);
	};
	for (const [kind, c] of counts) {
		row(kind, c);
		total.truePositives += c.truePositives;
		total.falsePositives += c.falsePositives;
		total.falseNegatives += c.falseNegatives;
	}
	row('overall', total);
}

main();
