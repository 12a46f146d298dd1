/**
 * The workbench's colours, read from the CSS variables VS Code sets on the webview, so charts follow
 * light, dark and high-contrast themes (and are drawn again when the theme changes).
 */
export interface Theme {
	readonly foreground: string;
	readonly background: string;
	readonly muted: string;
	readonly accent: string;
	readonly secondAccent: string;
	readonly fontFamily: string;
	readonly highContrast: boolean;
}

export function currentTheme(): Theme {
	const style = getComputedStyle(document.documentElement);
	const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	const highContrast =
		document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
	return {
		foreground: read('--vscode-foreground', '#333333'),
		background: read('--vscode-editor-background', '#ffffff'),
		muted: read('--vscode-descriptionForeground', '#717171'),
		accent: read('--vscode-charts-blue', '#1a85ff'),
		secondAccent: read('--vscode-charts-orange', '#d18616'),
		fontFamily: read('--vscode-font-family', 'sans-serif'),
		highContrast,
	};
}

/** Calls `redraw` when VS Code switches theme (it changes the body's class and the root's variables). */
export function onThemeChange(redraw: () => void): void {
	const observer = new MutationObserver(() => redraw());
	observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
}
