/**
 * Answers the in-editor tests' questions about what the overview shows (through the extension's
 * `seed.debug.overviewProbe`): the text of a table's cells, and a click on a heat-map cell or a
 * listed passage, dispatched on the real elements as a mouse would.
 */
export interface ProbeRequest {
	readonly action: string;
	readonly table?: string;
	readonly code?: string;
	readonly path?: string;
	readonly index?: number;
	readonly id?: string;
	readonly value?: string;
}

/** Set by the overview once it has drawn its first figures (see main.ts). */
export const firstPaint: { at?: number; complete?: number } = {};

export async function answerProbe(probe: ProbeRequest): Promise<unknown> {
	switch (probe.action) {
		case 'table': {
			const table = document.querySelector(`table[data-table="${CSS.escape(probe.table ?? '')}"]`);
			if (!table) return { error: `no table ${probe.table}` };
			return [...table.querySelectorAll('tr')].map(row =>
				[...row.querySelectorAll('th, td')].map(cell => (cell.textContent ?? '').trim()),
			);
		}
		case 'totals':
			return document.getElementById('totals')?.textContent ?? '';
		case 'clickHeatCell': {
			const cell = [...document.querySelectorAll<SVGRectElement>('rect.heat-cell')].find(
				rect => rect.dataset.code === probe.code && rect.dataset.path === probe.path,
			);
			if (!cell) return { error: `no heat-map cell for ${probe.code} in ${probe.path}` };
			cell.dispatchEvent(new MouseEvent('click', { bubbles: true }));
			const list = await until(() => {
				const heading = document.querySelector('#passages h3')?.textContent ?? '';
				return heading.startsWith(`${probe.code} in ${probe.path}`)
					? [...document.querySelectorAll('#passages li')].map(item => item.textContent ?? '')
					: undefined;
			});
			return list ?? { error: 'the passages did not appear' };
		}
		case 'clickPassage': {
			const passage = document.getElementById(`passage-${probe.index ?? 0}`);
			if (!passage) return { error: 'no such passage' };
			passage.dispatchEvent(new MouseEvent('click', { bubbles: true }));
			return true;
		}
		case 'setInput': {
			const control = document.getElementById(probe.id ?? '') as HTMLInputElement | HTMLSelectElement | null;
			if (!control) return { error: `no control ${probe.id}` };
			control.value = probe.value ?? '';
			control.dispatchEvent(new Event('change', { bubbles: true }));
			return true;
		}
		case 'click': {
			// A button pressed as a mouse would (the export buttons: CSV, SVG, PNG).
			const target = document.getElementById(probe.id ?? '');
			if (!(target instanceof HTMLButtonElement)) return { error: `no button ${probe.id}` };
			target.click();
			return true;
		}
		case 'exportButtons':
			return [...document.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button, #undated-csv')]
				.map(button => button.id)
				.filter(id => /-(csv|svg|png)(-|$)/.test(id));
		case 'firstPaintAt':
			// When the first figures were on screen (Date.now(), the clock the extension host reads too).
			return firstPaint.at;
		case 'completePaintAt':
			// When every section, charts included, was on screen.
			return firstPaint.complete;
		case 'undated':
			return [...document.querySelectorAll('ul.undated li')].map(item => item.textContent ?? '');
		case 'chartCount':
			return document.querySelectorAll('section svg[aria-label]').length;
		default:
			return { error: `unknown probe ${probe.action}` };
	}
}

async function until<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T | undefined> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = probe();
		if (value !== undefined || Date.now() > deadline) return value;
		await new Promise(resolve => setTimeout(resolve, 25));
	}
}
