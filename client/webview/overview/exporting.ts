/**
 * Exports from the webview: tables as CSV (the same CSV as `seed stats --format csv`), charts as
 * standalone SVG (colours written out, so the file looks the same outside VS Code) and as PNG drawn
 * from that SVG at twice the size. The extension asks where to save.
 */
import { tableToCsv, type StatsTable } from '../../../server/src/core/stats/statsTables';
import type { Theme } from './theme';

export type Save = (fileName: string, content: string, encoding: 'utf8' | 'base64') => void;

export function exportCsv(table: StatsTable, save: Save): void {
	save(`seed-overview-${table.name}.csv`, tableToCsv(table), 'utf8');
}

/** The chart as an SVG document of its own. */
export function standaloneSvg(svg: SVGSVGElement, theme: Theme): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
	// Plot's own <style> is refused by the webview's policy and not needed in the file.
	copy.querySelectorAll('style').forEach(style => style.remove());
	copy.style.color = theme.foreground;
	copy.style.fontFamily = theme.fontFamily;
	copy.style.background = theme.background;
	const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', theme.background);
	copy.insertBefore(background, copy.firstChild);
	copy.querySelectorAll('[tabindex]').forEach(element => element.removeAttribute('tabindex'));
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

export function exportSvg(svg: SVGSVGElement, name: string, theme: Theme, save: Save): void {
	save(`seed-overview-${name}.svg`, standaloneSvg(svg, theme), 'utf8');
}

export async function exportPng(svg: SVGSVGElement, name: string, theme: Theme, save: Save): Promise<void> {
	const width = svg.viewBox.baseVal?.width || svg.clientWidth;
	const height = svg.viewBox.baseVal?.height || svg.clientHeight;
	const url = URL.createObjectURL(new Blob([standaloneSvg(svg, theme)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(width * 2);
		canvas.height = Math.ceil(height * 2);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no canvas to draw on');
		context.scale(2, 2);
		context.drawImage(image, 0, 0, width, height);
		save(`seed-overview-${name}.png`, canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''), 'base64');
	} finally {
		URL.revokeObjectURL(url);
	}
}
