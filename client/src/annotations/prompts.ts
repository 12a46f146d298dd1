/**
 * Questions the annotation commands ask (a confirmation, an "Undo" offer), through one place so the
 * in-editor tests can stand in for the person: `answerNext` answers the next question as if that
 * button had been pressed, and `asked` records every question with its buttons.
 */
import * as vscode from 'vscode';

export interface AskedQuestion {
	readonly message: string;
	readonly choices: readonly string[];
	readonly modal: boolean;
}

export class Prompts {
	private readonly stubbed: (string | undefined)[] = [];
	private readonly history: AskedQuestion[] = [];

	/** Test hook: the next question answers `choice` (undefined: dismissed) without showing anything. */
	answerNext(choice: string | undefined): void {
		this.stubbed.push(choice);
	}

	/** The questions asked so far, oldest first (for the tests). */
	get asked(): readonly AskedQuestion[] {
		return this.history;
	}

	/** A modal warning that needs an answer: the chosen button, or undefined when cancelled. */
	confirm(message: string, detail: string, ...choices: string[]): Promise<string | undefined> {
		return this.ask({ message, choices, modal: true }, () =>
			vscode.window.showWarningMessage(message, { modal: true, detail }, ...choices),
		);
	}

	/** A notification with buttons: the chosen one, or undefined when it is closed or times out. */
	offer(message: string, ...choices: string[]): Promise<string | undefined> {
		return this.ask({ message, choices, modal: false }, () => vscode.window.showInformationMessage(message, ...choices));
	}

	private async ask(question: AskedQuestion, show: () => Thenable<string | undefined>): Promise<string | undefined> {
		this.history.push(question);
		if (this.stubbed.length > 0) return this.stubbed.shift();
		return show();
	}
}
