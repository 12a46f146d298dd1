/**
 * The Compare Coders report as one HTML page: no vscode import, so it renders the same in a test.
 * Theme-aware (the workbench's CSS variables), a strict Content-Security-Policy with a nonce,
 * keyboard-navigable (sort buttons in the column headers, one button per disagreement), and sortable
 * tables whose sort state is announced with `aria-sort`.
 */
import { agreementTable, type AgreementTable } from '../../../server/src/core/agreement/agreementTables';
import type { AgreementAnswer } from '../../../server/src/protocol/agreement';

const columnNames: Record<string, string> = {
	u_alpha: 'uα', cohen_kappa: "Cohen's κ", fleiss_kappa: "Fleiss' κ", scott_pi: "Scott's π", nominal_alpha: 'nominal α',
	f1_exact: 'F1 exact', f1_overlap: 'F1 overlap', observed_disagreement: 'D_o', expected_disagreement: 'D_e',
};

/**
 * Up to this many seeds the per-seed table shows at once; beyond, it waits folded, its rows kept as
 * data and built when it is first opened: parsing and laying out a thousand rows is most of what a
 * large report costs to appear.
 */
const openSeedTableUpTo = 50;

function escape(text: string): string {
	return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

export function codeTable(answer: AgreementAnswer): AgreementTable {
	return agreementTable([answer.overall, ...answer.codes], answer.coders);
}

export function seedTable(answer: AgreementAnswer): AgreementTable {
	return agreementTable(answer.perSeed.map(entry => entry.agreement), answer.coders, 'seed', (_, index) => answer.perSeed[index].seed);
}

/** `lazy`: the body stays empty; the rows wait as JSON in `<script type="application/json" id="ID-rows">`. */
function tableHtml(id: string, caption: string, table: AgreementTable, lazy = false): string {
	const header = table.header.map((name, column) =>
		`<th scope="col" aria-sort="none"><button type="button" data-column="${column}" title="Sort by ${escape(name)}">`
		+ `${escape(columnNames[name] ?? name)}</button></th>`).join('');
	if (lazy) {
		// Inert data, not script; `<` escaped so no cell can close the element.
		const data = JSON.stringify(table.rows).replace(/</g, '\\u003c');
		return `<table id="${id}" class="sortable"><caption>${escape(caption)}</caption>`
			+ `<thead><tr>${header}</tr></thead><tbody data-rows="${id}-rows"></tbody></table>\n`
			+ `<script type="application/json" id="${id}-rows">${data}</script>`;
	}
	const rows = table.rows.map(row => `<tr>${row.map((value, column) => column === 0
		? `<th scope="row">${escape(value)}</th>`
		: `<td${value === 'n/a' ? ' class="na"' : ''}>${escape(value)}</td>`).join('')}</tr>`).join('\n');
	return `<table id="${id}" class="sortable"><caption>${escape(caption)}</caption>`
		+ `<thead><tr>${header}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export function compareCodersHtml(answer: AgreementAnswer, nonce: string, cspSource: string): string {
	const reasons = [...new Set([answer.overall, ...answer.codes].flatMap(entry => entry.unitizingAlpha.value === null
		? [`${entry.code ?? 'all codes'}: ${entry.unitizingAlpha.reason}`] : []))];
	const disagreements = answer.disagreements.map((disagreement, index) =>
		`<li><button type="button" data-open="${index}">${escape(disagreement.seed)}:${disagreement.range.start.line + 1}</button>`
		+ ` ${escape(disagreement.message)}</li>`).join('\n');
	const leftOut = answer.excluded.length
		? `, left out: ${answer.excluded.length} (${escape(answer.excluded.map(entry => `${entry.seed}: ${entry.reason}`).join('; '))})`
		: '';
	const problems = answer.problems.length
		? `<h2 id="problems-heading">Problems in coders' files (${answer.problems.length})</h2>\n<ul aria-labelledby="problems-heading">`
			+ `${answer.problems.map(problem => `<li>${escape(problem.file)}: ${escape(problem.message)}</li>`).join('\n')}</ul>`
		: '';
	const folded = answer.perSeed.length > openSeedTableUpTo;
	// Thousands of list items make the page slow to appear: the panel asks for the first ones, and all on request.
	const cut = answer.disagreementCount > answer.disagreements.length;
	const cutNote = cut
		? `<p class="note">The first ${answer.disagreements.length} of ${answer.disagreementCount} are listed. `
			+ `<button type="button" data-action="allDisagreements">List all ${answer.disagreementCount}</button></p>\n`
		: '';
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
	content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compare Coders</title>
<style nonce="${nonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1em 2em;
	font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
summary { cursor: pointer; font-weight: 600; margin: 0.5em 0; }
summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); padding: 0.2em 0.6em; }
td { text-align: right; font-variant-numeric: tabular-nums; }
th[scope="row"] { text-align: left; font-weight: normal; }
thead th button, li button, .note button, .toolbar button {
	font: inherit; color: inherit; background: none; border: none; cursor: pointer; padding: 0; text-align: left;
}
.toolbar button {
	color: var(--vscode-button-foreground); background: var(--vscode-button-background); padding: 0.3em 0.8em; margin-right: 0.5em;
}
.toolbar button:hover { background: var(--vscode-button-hoverBackground); }
li button, .note button { color: var(--vscode-textLink-foreground); text-decoration: underline; }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.na, .note { color: var(--vscode-descriptionForeground); }
</style></head>
<body>
<h1>Compare Coders</h1>
<p id="summary">Coders: ${escape(answer.coders.join(', ') || 'none found')}. Seeds compared: ${answer.seeds.length}${leftOut}.
Positions in code points.</p>
<p class="note">Krippendorff's guidance: rely on data with α ≥ 0.800; 0.667 ≤ α &lt; 0.800 for tentative conclusions only.
n/a: the figure is undefined${reasons.length ? ` (${escape(reasons.join('; '))})` : ''}.</p>
<div class="toolbar" role="toolbar" aria-label="Report actions">
<button type="button" data-export="csv">Export CSV</button><button type="button" data-export="markdown">Export Markdown</button>
<button type="button" data-action="refresh">Refresh</button>
</div>
${tableHtml('codes', 'Per code', codeTable(answer))}
<details id="per-seed"${folded ? '' : ' open'}><summary>Per seed (${answer.perSeed.length})</summary>
${tableHtml('seeds', 'Per seed', seedTable(answer), folded)}
</details>
${problems}
<h2 id="disagreements-heading">Disagreements (${answer.disagreementCount})</h2>
${cutNote}<ul aria-labelledby="disagreements-heading">
${disagreements || '<li class="note">None: the coders agree everywhere they coded.</li>'}
</ul>
<script nonce="${nonce}">
const scriptStart = performance.timeOrigin + performance.now();
const vscode = acquireVsCodeApi();
document.addEventListener('click', event => {
	const button = event.target.closest('button');
	if (!button) return;
	if (button.dataset.export) vscode.postMessage({ type: 'export', format: button.dataset.export });
	else if (button.dataset.action === 'refresh') vscode.postMessage({ type: 'refresh' });
	else if (button.dataset.action === 'allDisagreements') vscode.postMessage({ type: 'allDisagreements' });
	else if (button.dataset.open !== undefined) vscode.postMessage({ type: 'open', index: Number(button.dataset.open) });
	else if (button.dataset.column !== undefined) sortBy(button.closest('table'), Number(button.dataset.column), button.closest('th'));
});
// A folded table's rows are built from its data the first time it opens.
document.querySelectorAll('details').forEach(details => details.addEventListener('toggle', () => {
	const body = details.querySelector('tbody[data-rows]');
	if (!details.open || !body || body.rows.length > 0) return;
	for (const cells of JSON.parse(document.getElementById(body.dataset.rows).textContent)) {
		const row = body.insertRow();
		cells.forEach((value, column) => {
			const cell = document.createElement(column === 0 ? 'th' : 'td');
			if (column === 0) cell.scope = 'row';
			else if (value === 'n/a') cell.className = 'na';
			cell.textContent = value;
			row.appendChild(cell);
		});
	}
}));
function sortBy(table, column, headerCell) {
	// First click: figures high to low, names A to Z; a second click reverses.
	const current = headerCell.getAttribute('aria-sort');
	const descending = current === 'none' ? column > 0 : current === 'ascending';
	table.querySelectorAll('thead th').forEach(cell => cell.setAttribute('aria-sort', 'none'));
	headerCell.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
	const body = table.tBodies[0];
	const value = row => row.cells[column].textContent;
	const rows = [...body.rows].sort((a, b) => {
		const x = value(a), y = value(b);
		if (x === 'n/a' || y === 'n/a') return x === y ? 0 : x === 'n/a' ? 1 : -1;
		const nx = Number(x), ny = Number(y);
		const order = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
		return descending ? -order : order;
	});
	rows.forEach(row => body.appendChild(row));
}
// Says when the tables are on screen, with the overall row as drawn, and when each step of loading
// the page happened (the in-editor timing prints them). The page is written into an empty document
// the workbench loads first (its navigation timing: the service worker's start, the response).
const navigation = performance.getEntriesByType('navigation')[0] ?? {};
const at = time => performance.timeOrigin + (time ?? 0);
requestAnimationFrame(() => vscode.postMessage({
	type: 'rendered', overall: [...(document.querySelector('#codes tbody tr')?.cells ?? [])].map(cell => cell.textContent),
	phases: {
		documentStart: performance.timeOrigin, workerStart: at(navigation.workerStart), responseEnd: at(navigation.responseEnd),
		scriptStart, firstFrame: performance.timeOrigin + performance.now(),
	},
}));
</script>
</body></html>`;
}
