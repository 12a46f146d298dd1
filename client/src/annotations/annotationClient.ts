/**
 * Typed access to the server's annotation commands (see `server/src/protocol/commands.ts`). The
 * server owns annotations; this only sends `workspace/executeCommand` and converts between LSP and
 * VS Code types, through the client's own converters so URIs match the ones the client syncs.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
	ServerCommand, type AddCodebookTagArgs, type AnnotationInfo, type CodebookInfo, type CodebookTag, type ExportFormat,
	type CodebookUnchanged, type RenameTagResult, type SeedAnnotations, type ExportProjectArgs, type ExportProjectResult,
	type ImportProjectResult,
} from '../../../server/src/protocol/commands';

/** An annotation with VS Code types. */
export interface Annotation {
	readonly id: string;
	readonly tag: string;
	readonly text: string;
	/** Absent when the annotation is orphaned. */
	readonly range?: vscode.Range;
	readonly note?: string;
	readonly created: string;
	readonly orphaned: boolean;
}

export interface AnnotatedSeed {
	readonly uri: vscode.Uri;
	readonly annotations: readonly Annotation[];
}

/**
 * `show` reports a refusal with the server's message (commands a person ran);
 * `silent` answers undefined (views that refresh on their own and would otherwise nag).
 */
export type OnError = 'show' | 'silent';

export class AnnotationClient {
	constructor(private readonly client: LanguageClient) { }

	async tag(uri: vscode.Uri, range: vscode.Range, tag: string, note?: string): Promise<Annotation | undefined> {
		const info = await this.execute<AnnotationInfo>(
			ServerCommand.tag,
			{ uri: this.asUri(uri), range: this.asRange(range), tag, note },
			'show',
		);
		return info && this.asAnnotation(info);
	}

	async tagMentions(uri: vscode.Uri, position: vscode.Position, tag: string): Promise<Annotation[] | undefined> {
		const infos = await this.execute<AnnotationInfo[]>(ServerCommand.tagMentions, {
			uri: this.asUri(uri), position: this.client.code2ProtocolConverter.asPosition(position), tag,
		}, 'show');
		return infos?.map((info) => this.asAnnotation(info));
	}

	async untag(uri: vscode.Uri, id: string): Promise<boolean> {
		return (await this.execute<boolean>(ServerCommand.untag, { uri: this.asUri(uri), id }, 'show')) === true;
	}

	/** Puts a removed annotation back with its id, note and time (the Undo of Remove Tag). */
	async restore(uri: vscode.Uri, annotation: Annotation): Promise<Annotation | undefined> {
		if (!annotation.range) return undefined;
		const info = await this.execute<AnnotationInfo>(
			ServerCommand.restore,
			{
				uri: this.asUri(uri),
				annotation: {
					id: annotation.id,
					tag: annotation.tag,
					text: annotation.text,
					range: this.asRange(annotation.range),
					note: annotation.note,
					created: annotation.created,
				},
			},
			'show',
		);
		return info && this.asAnnotation(info);
	}

	async setNote(uri: vscode.Uri, id: string, note: string): Promise<Annotation | undefined> {
		const info = await this.execute<AnnotationInfo>(ServerCommand.setNote, { uri: this.asUri(uri), id, note }, 'show');
		return info && this.asAnnotation(info);
	}

	async annotations(uri: vscode.Uri, onError: OnError): Promise<Annotation[] | undefined> {
		const infos = await this.execute<AnnotationInfo[]>(ServerCommand.annotations, { uri: this.asUri(uri) }, onError);
		return infos?.map((info) => this.asAnnotation(info));
	}

	async workspaceAnnotations(onError: OnError): Promise<AnnotatedSeed[] | undefined> {
		const seeds = await this.execute<SeedAnnotations[]>(ServerCommand.workspaceAnnotations, undefined, onError);
		return seeds?.map(seed => ({
			uri: this.client.protocol2CodeConverter.asUri(seed.uri),
			annotations: seed.annotations.map(info => this.asAnnotation(info)),
		}));
	}

	renameTag(from: string, to: string): Promise<RenameTagResult | undefined> {
		return this.execute(ServerCommand.renameTag, { from, to }, 'show');
	}

	exportAnnotations(format: ExportFormat, uris?: readonly vscode.Uri[], bratConf = false): Promise<string | undefined> {
		return this.execute<string>(ServerCommand.export, { format, uris: uris?.map((uri) => this.asUri(uri)), bratConf }, 'show');
	}

	/** With `target` (a file), the server writes the file itself and answers without its content. */
	exportProject(format: ExportProjectArgs['format'], target?: vscode.Uri, token?: vscode.CancellationToken,
	): Promise<ExportProjectResult | undefined> {
		const args = { format, ...(target ? { target: target.toString() } : {}) };
		return this.execute<ExportProjectResult>(ServerCommand.exportProject, args, 'show', token);
	}

	importProject(file: vscode.Uri, folder: vscode.Uri, overwrite: boolean): Promise<ImportProjectResult | undefined> {
		const args = { file: this.asUri(file), folder: this.asUri(folder), overwrite };
		return this.execute<ImportProjectResult>(ServerCommand.importProject, args, 'show');
	}

	/** With `knownVersion`, the server answers only `{ unchanged, version }` while that version is current. */
	codebook(onError: OnError, knownVersion?: string): Promise<CodebookInfo | CodebookUnchanged | undefined> {
		return this.execute<CodebookInfo>(ServerCommand.codebook, knownVersion === undefined ? undefined : { knownVersion }, onError);
	}

	addCodebookTag(args: AddCodebookTagArgs): Promise<CodebookTag | undefined> {
		return this.execute<CodebookTag>(ServerCommand.addCodebookTag, args, 'show');
	}

	/** Sends one command with its single argument object (none for commands that take `[]`). */
	private async execute<T>(command: string, args: object | undefined, onError: OnError,
		token?: vscode.CancellationToken): Promise<T | undefined> {
		try {
			const result: unknown = await this.client.sendRequest(ExecuteCommandRequest.type, {
				command,
				arguments: args === undefined ? [] : [args],
			}, token);
			return (result ?? undefined) as T | undefined;
		} catch (error) {
			// Cancelled by the person: nothing to say.
			if (onError === 'show' && !token?.isCancellationRequested) void vscode.window.showErrorMessage(messageOf(error));
			return undefined;
		}
	}

	private asUri(uri: vscode.Uri): string {
		return this.client.code2ProtocolConverter.asUri(uri);
	}

	private asRange(range: vscode.Range) {
		return this.client.code2ProtocolConverter.asRange(range);
	}

	private asAnnotation(info: AnnotationInfo): Annotation {
		return {
			id: info.id,
			tag: info.tag,
			text: info.text,
			range: info.orphaned || !info.range ? undefined : this.client.protocol2CodeConverter.asRange(info.range),
			note: info.note,
			created: info.created,
			orphaned: info.orphaned === true || !info.range,
		};
	}
}

/**
 * The server names the file and the reason in its error message: show exactly that, without the
 * prefix JSON-RPC adds when a handler throws a plain error.
 */
function messageOf(error: unknown): string {
	const message =
		typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
			? error.message
			: String(error);
	return message.replace(/^Request [\w/$]+ failed with message: /, '');
}
