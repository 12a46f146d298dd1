/**
 * `coder-disagreement` diagnostics (Information) for open seeds while "Show Disagreements" is on,
 * and their quick fixes, which adjudicate into the consensus file. The work happens in the lazily
 * loaded agreement bundle; this class only keeps the latest diagnostics per open seed.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { loadAgreementFeatures } from './agreementLoader';
import { AnnotationCommandError } from './annotationCommandError';
import { DiagnosticCode, diagnosticSource } from './core/diagnosticCodes';
import { adjudicateCommand, type AdjudicateArgs, type DisagreementData, type OtherCoderAnnotation } from './protocol/agreement';

export interface DisagreementHost {
	readonly document: (uri: string) => TextDocument | undefined;
	readonly openUris: () => readonly string[];
	readonly workspaceFolders: () => readonly URI[];
	/** Publishes the document's diagnostics again (they include `diagnostics(uri)`). */
	readonly publish: (uri: string) => void;
}

export class DisagreementDiagnostics {
	private readonly current = new Map<string, Diagnostic[]>();
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
	private enabled = false;

	constructor(private readonly host: DisagreementHost) { }

	diagnostics(uri: string): Diagnostic[] {
		return this.enabled ? this.current.get(uri) ?? [] : [];
	}

	async setEnabled(enabled: boolean): Promise<void> {
		this.enabled = enabled;
		await Promise.all(this.host.openUris().map(uri => this.refresh(uri)));
	}

	/** After a coder's file, the consensus file or the decision log of an open seed changed. */
	async fileChanged(fileUri: string): Promise<void> {
		const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);
		const related = this.host.openUris().filter(uri => folderOf(uri) === folderOf(fileUri)
			&& fileUri.slice(folderOf(fileUri).length).startsWith(uri.slice(folderOf(uri).length).replace(/\.[^./]*$/, '.')));
		await Promise.all(related.map(uri => this.refresh(uri)));
	}

	/** After an edit: the places move with the text, so they are found again once typing pauses. */
	edited(uri: string): void {
		if (!this.enabled || !this.current.has(uri)) return;
		clearTimeout(this.pending.get(uri));
		this.pending.set(uri, setTimeout(() => {
			this.pending.delete(uri);
			void this.refresh(uri);
		}, 400));
	}

	async refresh(uri: string): Promise<void> {
		const document = this.host.document(uri);
		if (!this.enabled || !document) {
			if (this.current.delete(uri) && document) this.host.publish(uri);
			return;
		}
		const text = document.getText();
		let disagreements;
		try {
			({ disagreements } = await loadAgreementFeatures().seedDisagreements(uri, text, {
				workspaceFolders: this.host.workspaceFolders,
			}));
		} catch {
			// Unreadable files: nothing to flag (a malformed coder file is reported to that coder).
			this.current.delete(uri);
			return;
		}
		if (this.host.document(uri)?.getText() !== text) return; // edited meanwhile: a later refresh follows
		this.current.set(uri, disagreements.map(disagreement => ({
			range: { start: document.positionAt(disagreement.start), end: document.positionAt(disagreement.end) },
			severity: DiagnosticSeverity.Information,
			code: DiagnosticCode.coderDisagreement,
			source: diagnosticSource,
			message: disagreement.message,
			data: {
				start: disagreement.start,
				end: disagreement.end,
				annotations: disagreement.annotations.map(({ coder, id, tag }) => ({ coder, id, tag })),
			} satisfies DisagreementData,
		})));
		this.host.publish(uri);
	}

	/** Accept one coder's annotation, accept all, or reject them, for each disagreement in the request. */
	codeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
		const actions: CodeAction[] = [];
		for (const diagnostic of diagnostics) {
			if (diagnostic.code !== DiagnosticCode.coderDisagreement || !diagnostic.data) continue;
			const data = diagnostic.data as DisagreementData;
			const fix = (title: string, accept: AdjudicateArgs['accept']): CodeAction => ({
				title,
				kind: CodeActionKind.QuickFix,
				diagnostics: [diagnostic],
				command: {
					title,
					command: adjudicateCommand,
					arguments: [{ uri, start: data.start, end: data.end, accept } satisfies AdjudicateArgs],
				},
			});
			for (const annotation of data.annotations) {
				actions.push(fix(`Accept ${annotation.coder}'s ${annotation.tag}`, [{ coder: annotation.coder, id: annotation.id }]));
			}
			if (data.annotations.length > 1) {
				const all = data.annotations.map(({ coder, id }) => ({ coder, id }));
				actions.push(fix(data.annotations.length === 2 ? 'Accept both' : 'Accept all', all));
			}
			actions.push(fix('Reject (record that none is kept)', []));
		}
		return actions;
	}

	/** `seed.coderAnnotations`: the annotations of every coder but `currentCoder` in an open seed. */
	async otherCoders(args: unknown, currentCoder: string | undefined): Promise<OtherCoderAnnotation[]> {
		const uri = (Array.isArray(args) ? args[0] : args as { uri?: unknown } | undefined)?.uri;
		const document = typeof uri === 'string' ? this.host.document(uri) : undefined;
		if (!document) return [];
		const { annotations } = await loadAgreementFeatures().coderAnnotations(URI.parse(document.uri), document.getText());
		return annotations.filter(annotation => annotation.coder !== currentCoder).map(annotation => ({
			coder: annotation.coder,
			tag: annotation.tag,
			text: annotation.text,
			range: { start: document.positionAt(annotation.start), end: document.positionAt(annotation.end) },
		}));
	}

	/** `seed.adjudicate`: writes the consensus and the decision, then refreshes the seed's diagnostics. */
	async adjudicate(args: unknown): Promise<number> {
		const given = (Array.isArray(args) ? args[0] : args) as AdjudicateArgs | undefined;
		const valid = given && typeof given.uri === 'string' && Array.isArray(given.accept)
			&& typeof given.start === 'number' && typeof given.end === 'number';
		if (!valid) {
			throw new AnnotationCommandError('seed.adjudicate needs { uri, start, end, accept: [{ coder, id }] }');
		}
		const document = this.host.document(given.uri);
		if (!document) throw new AnnotationCommandError('Adjudicate in an open seed: its text is needed to place the annotations.');
		const written = await loadAgreementFeatures().adjudicate(given, document.getText(), {
			workspaceFolders: this.host.workspaceFolders,
		});
		await this.refresh(given.uri);
		return written;
	}
}
