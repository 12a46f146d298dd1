// Entities in a real workbench: hovers come from the registry, and semantic tokens colour names.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openSeed, setRestartingSetting, waitFor } from './helpers';

function hoverText(hovers: readonly vscode.Hover[]): string {
	return hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
}

describe('entities', () => {
	before(async () => {
		await activeExtension();
	});

	it('a hover on a name shows the registry description, its titles and the seeds that mention it', async () => {
		const document = await openSeed('000');
		const position = document.positionAt(document.getText().indexOf('Vladimir Putin') + 3);
		const text = await waitFor('a registry hover on Vladimir Putin', async () => {
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
			const markdown = hoverText(hovers ?? []);
			// Wait until the background index has seen every sample.
			return /President of Russia/.test(markdown) && /mention it: 5/.test(markdown) ? markdown : undefined;
		}, 30_000);
		assert.match(text, /\*\*Vladimir Putin\*\*/);
		assert.match(text, /person/);
		assert.match(text, /Russian President/);
	});

	it('with seed.entities.explain on, the hover on a detected name names the rule that found it', async () => {
		const document = await openSeed('003');
		const text = document.getText();
		const hoverAt = async (offset: number) =>
			hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri,
				document.positionAt(offset))) ?? []);
		// `Winter Olympics` is not in the sample registry: the detector found it by its head word.
		const offsets: number[] = [];
		for (let at = text.indexOf('Winter Olympics'); at >= 0; at = text.indexOf('Winter Olympics', at + 1)) offsets.push(at + 8);
		assert.ok(offsets.length > 0, 'the sample 003 mentions the Winter Olympics');
		const detectedAt = await waitFor('a hover on a detected Winter Olympics', async () => {
			for (const offset of offsets) if (/\*\*Winter Olympics\*\* — event/.test(await hoverAt(offset))) return offset;
			return undefined;
		}, 30_000);
		assert.doesNotMatch(await hoverAt(detectedAt), /Rules:/, 'the rules line is off by default');
		await setRestartingSetting('entities.explain', true);
		try {
			const explained = await waitFor('the hover with its rules line', async () => {
				const markdown = await hoverAt(detectedAt);
				return /Rules:/.test(markdown) ? markdown : undefined;
			}, 30_000);
			assert.match(explained, /- Rules: `head-word`/);
		} finally {
			await setRestartingSetting('entities.explain', undefined);
		}
	});

	it('semantic tokens mark people, places and organisations', async () => {
		const document = await openSeed('004');
		const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
			'vscode.provideDocumentSemanticTokensLegend',
			document.uri,
		);
		assert.deepEqual(legend.tokenTypes.slice(0, 4), ['person', 'place', 'organization', 'event']);
		const tokens = await waitFor('semantic tokens for 004', async () => {
			const result = await vscode.commands.executeCommand<vscode.SemanticTokens>(
				'vscode.provideDocumentSemanticTokens',
				document.uri,
			);
			return result && result.data.length > 0 ? result : undefined;
		});
		const decoded: { text: string; type: string }[] = [];
		let line = 0;
		let character = 0;
		for (let i = 0; i < tokens.data.length; i += 5) {
			line += tokens.data[i];
			character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
			const start = new vscode.Position(line, character);
			decoded.push({
				text: document.getText(new vscode.Range(start, start.translate(0, tokens.data[i + 2]))),
				type: legend.tokenTypes[tokens.data[i + 3]],
			});
		}
		assert.ok(decoded.some((token) => token.text === 'Xi Jinping' && token.type === 'person'), JSON.stringify(decoded.slice(0, 10)));
		assert.ok(decoded.some((token) => token.text === 'Beijing' && token.type === 'place'));
		assert.ok(decoded.some((token) => token.text === 'Xinhua' && token.type === 'organization'));
	});
});
