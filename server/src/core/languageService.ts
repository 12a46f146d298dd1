/**
 * The entry point of the core: one parse per document version, and every feature reading it.
 * Nothing here knows about the LSP connection or VS Code; the server and the CLI both use it.
 */
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, SymbolInformation } from 'vscode-languageserver-types';
import type { CancellationToken } from './cancellation';
import { computeDiagnostics } from './languageFeatures/diagnostics';
import { computeDocumentSymbols } from './languageFeatures/documentSymbols';
import { computeFoldingRanges } from './languageFeatures/foldingRanges';
import { computeQuickFixes, type QuickFixOptions } from './languageFeatures/quickFixes';
import type { SeedDocument } from './model';
import { parseSeed } from './parser';
import { WorkspaceIndex } from './workspace/workspaceIndex';

/** The part of a text document the core needs; LSP's `TextDocument` satisfies it. */
export interface ITextDocument {
	readonly uri: string;
	readonly version: number;
	getText(): string;
}

export class SeedLanguageService {
	private readonly models = new Map<string, { readonly version: number; readonly model: SeedDocument }>();
	readonly workspace = new WorkspaceIndex();

	/** The model of this version of the document, parsed once; unchanged lines reuse the last parse. */
	getModel(document: ITextDocument): SeedDocument {
		const cached = this.models.get(document.uri);
		if (cached?.version === document.version) return cached.model;
		const model = parseSeed(document.getText(), cached?.model);
		this.models.set(document.uri, { version: document.version, model });
		return model;
	}

	/** Drops the cached model of a closed document. */
	forget(uri: string): void {
		this.models.delete(uri);
	}

	getDiagnostics(document: ITextDocument): Diagnostic[] {
		return computeDiagnostics(this.getModel(document));
	}

	getDocumentSymbols(document: ITextDocument, token?: CancellationToken): DocumentSymbol[] {
		return computeDocumentSymbols(this.getModel(document), token);
	}

	getFoldingRanges(document: ITextDocument): FoldingRange[] {
		return computeFoldingRanges(this.getModel(document));
	}

	getQuickFixes(
		document: ITextDocument,
		diagnostics: readonly Diagnostic[],
		token?: CancellationToken,
		options?: QuickFixOptions,
	): CodeAction[] {
		return computeQuickFixes(this.getModel(document), document.uri, diagnostics, token, options);
	}

	getWorkspaceSymbols(query: string, token?: CancellationToken): SymbolInformation[] {
		return this.workspace.workspaceSymbols(query, token);
	}
}
