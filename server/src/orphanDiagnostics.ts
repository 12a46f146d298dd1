/**
 * Diagnostics of an open text's annotations and their quick fixes: passages that can no longer be
 * found (`orphaned-annotation`), moved positions that could not be written, and malformed sidecars.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { shorten } from './annotationCommandError';
import type { TrackedAnchor } from './core/annotations/editTracking';
import type { Sidecar } from './core/annotations/sidecar';
import type { SidecarState } from './core/annotations/sidecarStore';
import { DiagnosticCode, diagnosticSource } from './core/diagnosticCodes';
import { ServerCommand, type ReanchorArgs, type UntagArgs } from './protocol/commands';

/** What is known of an open text's annotations. */
export interface OrphanState {
	readonly sidecar: Sidecar | undefined;
	readonly anchors: ReadonlyMap<string, TrackedAnchor>;
	/** Why the positions moved by editing could not be written at the last save. */
	readonly writeProblem?: string;
}

/**
 * `orphaned-annotation` warnings for an open text, on the line where each passage was last seen,
 * and an `unsaved-annotation-positions` error when the moved positions could not be written.
 */
export function orphanDiagnostics(uri: string, text: string | undefined, tracked: OrphanState | undefined): Diagnostic[] {
	if (!tracked?.sidecar || text === undefined) {
		return [];
	}
	let positions: TextDocument | undefined;
	const diagnostics: Diagnostic[] = [];
	if (tracked.writeProblem !== undefined) {
		diagnostics.push({
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			severity: DiagnosticSeverity.Error,
			code: DiagnosticCode.unsavedAnnotationPositions,
			source: diagnosticSource,
			message: `The tags' new positions could not be written: ${tracked.writeProblem} They are kept in memory and written `
				+ 'when writing works again (at the next save, or within seconds).',
		});
	}
	for (const annotation of tracked.sidecar.annotations) {
		const anchor = tracked.anchors.get(annotation.id);
		if (anchor?.kind !== 'orphaned') {
			continue;
		}
		positions ??= TextDocument.create(uri, 'seed', 0, text);
		const line = positions.positionAt(Math.min(anchor.at, text.length)).line;
		const lineEnd = positions.offsetAt({ line: line + 1, character: 0 });
		const end = positions.positionAt(text.slice(0, lineEnd).replace(/\r?\n$/, '').length);
		diagnostics.push({
			range: { start: { line, character: 0 }, end: end.line === line ? end : { line, character: 0 } },
			severity: DiagnosticSeverity.Warning,
			code: DiagnosticCode.orphanedAnnotation,
			source: diagnosticSource,
			message: `The passage tagged ${annotation.tag} ("${shorten(annotation.text)}") can no longer be found in the text; `
				+ 're-anchor it to a selection or delete it.',
			data: { id: annotation.id },
		});
	}
	return diagnostics;
}

/** Quick fixes for an `orphaned-annotation` diagnostic: re-anchor to the selection (when there is one), delete. */
export function orphanQuickFixes(uri: string, diagnostic: Diagnostic, selection: Range): CodeAction[] {
	const id = (diagnostic.data as { id?: string } | undefined)?.id;
	if (diagnostic.code !== DiagnosticCode.orphanedAnnotation || !id) {
		return [];
	}
	const actions: CodeAction[] = [];
	const hasSelection = selection.start.line !== selection.end.line || selection.start.character !== selection.end.character;
	if (hasSelection) {
		actions.push({
			title: 'Re-anchor the tag to the selection',
			kind: CodeActionKind.QuickFix,
			diagnostics: [diagnostic],
			isPreferred: true,
			command: {
				title: 'Re-anchor tag',
				command: ServerCommand.reanchor,
				arguments: [{ uri, id, range: selection } satisfies ReanchorArgs],
			},
		});
	}
	actions.push({
		title: 'Delete the orphaned tag',
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		command: { title: 'Delete tag', command: ServerCommand.untag, arguments: [{ uri, id } satisfies UntagArgs] },
	});
	return actions;
}

/** Errors of a malformed sidecar, for diagnostics in the YAML file itself. */
export function malformedSidecarDiagnostics(state: SidecarState): Diagnostic[] {
	return state.kind !== 'malformed'
		? []
		: state.problems.map(problem => ({
				range: problem.range,
				severity: DiagnosticSeverity.Error,
				source: diagnosticSource,
				message: `${problem.message} — Seed Annotator will not change this file until it is fixed.`,
			}));
}
