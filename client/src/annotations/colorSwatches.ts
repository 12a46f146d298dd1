/**
 * Small coloured circles for quick picks and tree items. Icons cannot take a hex colour (ThemeIcon
 * only takes theme colours), so each colour is an SVG file in the extension's global storage.
 */
import * as vscode from 'vscode';

export class ColorSwatches {
	private readonly written = new Map<string, Promise<vscode.Uri | undefined>>();

	constructor(private readonly storage: vscode.Uri) { }

	/** The swatch for a `#rrggbb` colour, or undefined when it could not be written. */
	swatch(color: string): Promise<vscode.Uri | undefined> {
		const hex = color.toLowerCase();
		let uri = this.written.get(hex);
		if (!uri) {
			uri = this.write(hex);
			this.written.set(hex, uri);
		}
		return uri;
	}

	private async write(hex: string): Promise<vscode.Uri | undefined> {
		const folder = vscode.Uri.joinPath(this.storage, 'swatches');
		const file = vscode.Uri.joinPath(folder, `${hex.slice(1)}.svg`);
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5" fill="${hex}" stroke="${hex}" stroke-opacity="0.6" stroke-width="1.5"/></svg>`;
		try {
			await vscode.workspace.fs.createDirectory(folder);
			await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(svg));
			return file;
		} catch {
			// A missing swatch only costs the colour dot; the tag's name is still there.
			return undefined;
		}
	}
}
