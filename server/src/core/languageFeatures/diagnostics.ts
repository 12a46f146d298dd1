/** Diagnostics of a seed, read off the document model. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode, diagnosticSource } from '../diagnosticCodes';
import type { MarkProblem, SeedDocument } from '../model';

export function computeDiagnostics(document: SeedDocument): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const add = (code: DiagnosticCode, severity: DiagnosticSeverity, start: number, end: number, message: string) => {
		diagnostics.push({ range: document.rangeOf({ start, end }), severity, code, source: diagnosticSource, message });
	};

	const headers = document.blocks.filter((block) => block.kind === 'header');
	if (headers.length === 0) {
		const firstLineEnd =
			document.lineStarts.length > 1 ? document.offsetAt({ line: 0, character: Number.MAX_SAFE_INTEGER }) : document.text.length;
		add(DiagnosticCode.missingDate, DiagnosticSeverity.Warning, 0, firstLineEnd,
			'No date header: the first line should read " date YYYY-MM-DD Title".');
	}
	for (const header of headers) {
		if (header.line !== 0) {
			add(
				DiagnosticCode.misplacedDate,
				DiagnosticSeverity.Warning,
				header.start,
				header.end,
				document.header?.line === 0
					? 'A second date header: the date header belongs on line 1 only.'
					: 'The date header belongs on line 1.',
			);
		}
	}
	const header = document.header;
	if (header && !header.date) {
		add(
			DiagnosticCode.invalidDate,
			DiagnosticSeverity.Error,
			header.dateSpan.start,
			header.dateSpan.end,
			invalidDateMessage(header.dateText),
		);
	}
	for (const problem of document.markProblems) {
		add(problem.code, DiagnosticSeverity.Warning, problem.start, problem.end, markMessage(problem));
	}
	const truncation = document.truncation;
	if (truncation) {
		add(
			DiagnosticCode.truncatedText,
			DiagnosticSeverity.Information,
			truncation.start,
			truncation.end,
			truncation.kind === 'fragment'
				? 'The text ends in a dangling fragment; it may have been cut off.'
				: 'The text stops mid-sentence; it may have been cut off.',
		);
	}
	return diagnostics;
}

function invalidDateMessage(dateText: string): string {
	if (/[YMDX?]/i.test(dateText)) return `The date "${dateText}" is incomplete: fill in the ${/^[Y?X]/i.test(dateText) ? 'year' : 'missing part'} (YYYY-MM-DD).`;
	if (/^\d{4}-\d{2}-\d{2}$/.test(dateText)) return `"${dateText}" is not a real calendar date.`;
	return `"${dateText}" is not a date in the form YYYY-MM-DD.`;
}

function markMessage(problem: MarkProblem): string {
	switch (problem.code) {
		case 'unterminated-quote':
			return `The quotation opened with ${problem.mark} is not closed in this paragraph.`;
		case 'unterminated-bracket':
			return `The bracket ${problem.mark} is not closed in this paragraph.`;
		case 'unmatched-closer':
			return `${problem.mark} closes nothing: no matching opening mark in this paragraph.`;
	}
}
