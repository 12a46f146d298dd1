/**
 * Arrow-key navigation over a grid of SVG cells (a roving tab index): one cell is in the tab order,
 * the arrows, Home and End move focus across the row-major grid.
 */
export function enableGridNavigation(cells: readonly SVGElement[], columns: number): void {
	if (cells.length === 0 || columns <= 0) return;
	cells.forEach((cell, index) => cell.setAttribute('tabindex', index === 0 ? '0' : '-1'));
	const move = (from: number, to: number) => {
		if (to < 0 || to >= cells.length || to === from) return;
		cells[from].setAttribute('tabindex', '-1');
		cells[to].setAttribute('tabindex', '0');
		cells[to].focus();
	};
	cells.forEach((cell, index) =>
		cell.addEventListener('keydown', (event: Event) => {
			const key = (event as KeyboardEvent).key;
			const row = Math.floor(index / columns);
			const target =
				key === 'ArrowRight'
					? index + 1
					: key === 'ArrowLeft'
						? index - 1
						: key === 'ArrowDown'
							? index + columns
							: key === 'ArrowUp'
								? index - columns
								: key === 'Home'
									? row * columns
									: key === 'End'
										? Math.min(cells.length - 1, row * columns + columns - 1)
										: undefined;
			if (target === undefined) return;
			event.preventDefault();
			move(index, target);
		}),
	);
}
