/** The fixed diagnostic codes of Seed Annotator (DESIGN §2). */
export const DiagnosticCode = {
	missingDate: 'missing-date',
	invalidDate: 'invalid-date',
	misplacedDate: 'misplaced-date',
	unterminatedQuote: 'unterminated-quote',
	unterminatedBracket: 'unterminated-bracket',
	unmatchedCloser: 'unmatched-closer',
	truncatedText: 'truncated-text',
	orphanedAnnotation: 'orphaned-annotation',
	unsavedAnnotationPositions: 'unsaved-annotation-positions',
	coderDisagreement: 'coder-disagreement',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export const diagnosticSource = 'seed';
