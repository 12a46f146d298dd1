/** The server's several-coders commands (`server/src/protocol/agreement.ts`), typed for the client. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
	agreementCommand, coderAnnotationsCommand, showDisagreementsNotification, type AgreementAnswer, type OtherCoderAnnotation,
} from '../../../server/src/protocol/agreement';

export class CoderRequests {
	constructor(private readonly client: LanguageClient) { }

	agreement(): Promise<AgreementAnswer> {
		return this.client.sendRequest(ExecuteCommandRequest.type, {
			command: agreementCommand,
			arguments: [{}],
		}) as Promise<AgreementAnswer>;
	}

	async otherCoders(uri: vscode.Uri): Promise<OtherCoderAnnotation[]> {
		const result = await this.client.sendRequest(ExecuteCommandRequest.type, {
			command: coderAnnotationsCommand, arguments: [{ uri: this.client.code2ProtocolConverter.asUri(uri) }],
		});
		return (result ?? []) as OtherCoderAnnotation[];
	}

	showDisagreements(enabled: boolean): Promise<void> {
		return this.client.sendNotification(showDisagreementsNotification, { enabled });
	}

	asRange(range: OtherCoderAnnotation['range']): vscode.Range {
		return this.client.protocol2CodeConverter.asRange(range);
	}
}
