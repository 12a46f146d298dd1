/** Quick fixes (code actions of kind `quickfix`) for the diagnostics of a seed. */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import { DiagnosticCode, diagnosticSource } from '../diagnosticCodes';
import type { SeedDocument, Span } from '../model';
import { dateHeaderLine, lineBreakOf, publicationDateCandidates } from './dateHeader';
import { yearChoices, type YearEvidence } from './yearFixes';

export interface QuickFixOptions {
	/** What the workspace knows about the year of a header dated `YYYY-MM-DD` (other seeds, the file's time). */
	readonly yearEvidence?: YearEvidence;
	/**
	 * The client takes snippet edits (LSP 3.18 `SnippetTextEdit`): a chosen year is then a placeholder,
	 * selected for typing over.
	 */
	readonly snippetEdits?: boolean;
}

/** At most this many date choices are offered for one diagnostic. */
const maxDateChoices = 5;

export function computeQuickFixes(
	document: SeedDocument, uri: string, diagnostics: readonly Diagnostic[], token?: CancellationToken, options: QuickFixOptions = {},
): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const diagnostic of diagnostics) {
		if (token?.isCancellationRequested) break;
		if (diagnostic.source !== diagnosticSource) continue;
		const fixes = fixesFor(document, diagnostic, options);
		fixes.forEach((fix, i) => {
			actions.push({
				title: fix.title,
				kind: CodeActionKind.QuickFix,
				diagnostics: [diagnostic],
				isPreferred: i === 0,
				edit: fix.snippet && options.snippetEdits ? snippetEdit(uri, fix.edits) : { changes: { [uri]: fix.edits } },
			});
		});
	}
	return actions;
}

interface Fix {
	readonly title: string;
	readonly edits: TextEdit[];
	/** Each edit's new text is a value to type over: a snippet placeholder where the client takes snippets. */
	readonly snippet?: boolean;
}

function fixesFor(document: SeedDocument, diagnostic: Diagnostic, options: QuickFixOptions): Fix[] {
	const start = document.offsetAt(diagnostic.range.start);
	switch (diagnostic.code) {
		case DiagnosticCode.missingDate:
			return insertHeaderFixes(document);
		case DiagnosticCode.invalidDate:
			return [...yearFixes(document, options.yearEvidence), ...replaceDateFixes(document)];
		case DiagnosticCode.misplacedDate:
			return moveHeaderFixes(document, start);
		case DiagnosticCode.unterminatedQuote:
		case DiagnosticCode.unterminatedBracket: {
			const problem = document.markProblems.find((p) => p.start === start && p.code === diagnostic.code);
			if (!problem?.insert) return [];
			const kind = diagnostic.code === DiagnosticCode.unterminatedQuote ? 'closing quotation mark' : 'closing bracket';
			return [
				{ title: `Insert the ${kind} ${problem.insert.text}`, edits: [insertAt(document, problem.insert.at, problem.insert.text)] },
			];
		}
		case DiagnosticCode.unmatchedCloser: {
			const problem = document.markProblems.find((p) => p.start === start && p.code === diagnostic.code);
			return problem ? [{ title: `Remove the unmatched ${problem.mark}`, edits: [remove(document, problem)] }] : [];
		}
		case DiagnosticCode.truncatedText: {
			const truncation = document.truncation;
			if (!truncation) return [];
			const fragment = document.text.slice(truncation.start, truncation.end);
			return [{ title: `Remove the dangling fragment "${shorten(fragment)}"`, edits: [remove(document, truncation.removal)] }];
		}
		default:
			return [];
	}
}

function insertHeaderFixes(document: SeedDocument): Fix[] {
	const dates = publicationDateCandidates(document).slice(0, maxDateChoices);
	if (dates.length === 0) dates.push('YYYY-MM-DD');
	const lineBreak = lineBreakOf(document);
	// A byte-order mark stays first.
	const at = document.text.charCodeAt(0) === 0xfeff ? 1 : 0;
	return dates.map((date) => {
		const header = dateHeaderLine(document, date);
		return { title: `Insert date header "${shorten(header.trim())}"`, edits: [insertAt(document, at, header + lineBreak + lineBreak)] };
	});
}

function replaceDateFixes(document: SeedDocument): Fix[] {
	const header = document.header;
	if (!header) return [];
	return publicationDateCandidates(document, { withYearOnly: true })
		.filter((date) => date !== header.dateText)
		.slice(0, maxDateChoices)
		.map((date) => ({ title: `Change the date to ${date}`, edits: [{ range: document.rangeOf(header.dateSpan), newText: date }] }));
}

/** ` date YYYY-02-05`: one fix per year the evidence allows, replacing `YYYY` only. */
function yearFixes(document: SeedDocument, evidence: YearEvidence | undefined): Fix[] {
	const header = document.header;
	if (!header) return [];
	const range = document.rangeOf({ start: header.dateSpan.start, end: header.dateSpan.start + 4 });
	return yearChoices(document, evidence ?? { folderDates: [] }).map((choice) => ({
		title: `Set the year to ${choice.year} (${choice.reason})`,
		edits: [{ range, newText: String(choice.year) }],
		snippet: true,
	}));
}

/**
 * A workspace edit of LSP 3.18 snippet edits (`{range, snippet: {kind: 'snippet', value}}` in a text
 * document edit): each new text a placeholder. The protocol types in use predate it, hence the cast.
 */
function snippetEdit(uri: string, edits: readonly TextEdit[]): WorkspaceEdit {
	const snippetEdits = edits.map(edit => ({
		range: edit.range,
		snippet: { kind: 'snippet', value: `\${1:${escapeSnippet(edit.newText)}}` },
	}));
	return { documentChanges: [{ textDocument: { uri, version: null }, edits: snippetEdits as unknown as TextEdit[] }] };
}

function escapeSnippet(text: string): string {
	return text.replace(/[\\$}]/g, '\\$&');
}

function moveHeaderFixes(document: SeedDocument, start: number): Fix[] {
	const block = document.blocks.find((b) => b.kind === 'header' && b.start === start);
	if (!block) return [];
	// The header's line and the blank lines after it go, so no gap is left behind.
	const next = document.blocks[document.blocks.indexOf(block) + 1];
	const previous = document.blocks[document.blocks.indexOf(block) - 1];
	const wholeLine = next
		? { start: document.lineStarts[block.line], end: document.lineStarts[next.line] }
		: { start: previous ? previous.end : document.lineStarts[block.line], end: block.end };
	if (document.header?.line === 0) {
		return [{ title: 'Remove the second date header', edits: [remove(document, wholeLine)] }];
	}
	const lineBreak = lineBreakOf(document);
	const at = document.text.charCodeAt(0) === 0xfeff ? 1 : 0;
	return [{
		title: 'Move the date header to line 1',
		edits: [insertAt(document, at, ' ' + block.text + lineBreak + lineBreak), remove(document, wholeLine)],
	}];
}

function insertAt(document: SeedDocument, offset: number, newText: string): TextEdit {
	const position = document.positionAt(offset);
	return { range: { start: position, end: position }, newText };
}

function remove(document: SeedDocument, span: Span): TextEdit {
	return { range: document.rangeOf(span), newText: '' };
}

function shorten(text: string): string {
	return text.length <= 60 ? text : text.slice(0, 57) + '…';
}
