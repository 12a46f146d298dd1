/** The server's several-coders commands (`server/src/protocol/agreement.ts`), typed for the client. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
	agreementCommand, coderAnnotationsCommand, showDisagreementsNotification, workspaceCoderAnnotationsCommand,
	type AgreementAnswer, type OtherCoderAnnotation, type SeedCoderAnnotations,
} from '../../../server/src/protocol/agreement';

export class CoderRequests {
	constructor(private readonly client: LanguageClient) { }

	/** `maxDisagreements`: how many disagreements to list (all are counted); all when absent. */
	agreement(maxDisagreements?: number): Promise<AgreementAnswer> {
		return this.client.sendRequest(ExecuteCommandRequest.type, {
			command: agreementCommand,
			arguments: [maxDisagreements === undefined ? {} : { maxDisagreements }],
		}) as Promise<AgreementAnswer>;
	}

	async otherCoders(uri: vscode.Uri): Promise<OtherCoderAnnotation[]> {
		const result = await this.client.sendRequest(ExecuteCommandRequest.type, {
			command: coderAnnotationsCommand, arguments: [{ uri: this.client.code2ProtocolConverter.asUri(uri) }],
		});
		return (result ?? []) as OtherCoderAnnotation[];
	}

	async workspaceOtherCoders(): Promise<{ uri: vscode.Uri; annotations: readonly OtherCoderAnnotation[] }[]> {
		const result = await this.client.sendRequest(ExecuteCommandRequest.type, {
			command: workspaceCoderAnnotationsCommand, arguments: [{}],
		});
		return ((result ?? []) as SeedCoderAnnotations[]).map(seed => ({
			uri: this.client.protocol2CodeConverter.asUri(seed.uri),
			annotations: seed.annotations,
		}));
	}

	showDisagreements(enabled: boolean): Promise<void> {
		return this.client.sendNotification(showDisagreementsNotification, { enabled });
	}

	asRange(range: OtherCoderAnnotation['range']): vscode.Range {
		return this.client.protocol2CodeConverter.asRange(range);
	}
}
