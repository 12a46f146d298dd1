/**
 * Colours for new tags: a palette of 20 that stay apart for people with normal colour vision and
 * with each of the three dichromacies, and the choice of the palette colour for a new tag.
 *
 * "Apart" is measured: each colour is simulated as seen with protanopia, deuteranopia and
 * tritanopia (Machado, Oliveira and Fernandes 2009, full severity, in linear RGB) and compared in
 * CIELAB (ΔE*76, D65). Every pair of the palette differs by at least 9 in the worst of the four
 * views (a difference clearly seen side by side); lightness stays between 38 and 82 so that every
 * colour reads as a highlight on light and dark themes. The palette was picked greedily from Paul
 * Tol's, Okabe–Ito's, IBM's and Tableau's palettes (leaving out the twelve colours of the
 * sample codebook), each colour the farthest from those before it, so the first ones differ most.
 */

export const tagPalette: readonly string[] = [
	'#4477aa', '#ee8026', '#bbbbbb', '#994455', '#60bce9', '#90c987', '#785ef0', '#d11807', '#ffb000', '#ba8db4',
	'#ddcc77', '#cc6677', '#648fff', '#228833', '#4eb265', '#994f88', '#d55e00', '#caaccb', '#9dccef', '#aa6f9e',
];

type Matrix = readonly (readonly [number, number, number])[];

const identity: Matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
const protanopia: Matrix = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]];
const deuteranopia: Matrix = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]];
const tritanopia: Matrix = [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]];

/** Normal vision and the three dichromacies. */
export const colorVisions = { normal: identity, protanopia, deuteranopia, tritanopia } as const;

/** CIELAB of a `#rrggbb` colour as seen through `vision`. */
export function labAsSeen(hex: string, vision: Matrix = identity): [number, number, number] {
	const linear = [1, 3, 5].map(index => toLinear(parseInt(hex.slice(index, index + 2), 16) / 255));
	const [r, g, b] = vision.map(row => Math.min(1, Math.max(0, row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])));
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
	const z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*76 between two colours in the view where they are closest (normal or a dichromacy). */
export function worstCaseDifference(a: string, b: string): number {
	return Math.min(...Object.values(colorVisions).map(vision => distance(labAsSeen(a, vision), labAsSeen(b, vision))));
}

/**
 * The colour for a new tag: a palette colour no tag uses, the one farthest (worst case) from the
 * colours in use, the palette's order breaking ties; once all are used, the least used one.
 */
export function colorForNewTag(colorsInUse: readonly (string | undefined)[]): string {
	// Each colour in use looked at once: a codebook of 30,000 tags has a few dozen colours.
	const distinct = [
		...new Set(
			[...new Set(colorsInUse)]
				.filter((color): color is string => typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color))
				.map(color => color.toLowerCase()),
		),
	];
	const free = tagPalette.filter(color => !distinct.includes(color));
	if (free.length > 0) {
		let best = free[0];
		let bestDistance = -1;
		for (const color of free) {
			const nearest = Math.min(Infinity, ...distinct.map(other => worstCaseDifference(color, other)));
			if (nearest > bestDistance) {
				best = color;
				bestDistance = nearest;
			}
		}
		return best;
	}
	const uses = new Map<string, number>();
	for (const color of colorsInUse) {
		const lower = color?.toLowerCase() ?? '';
		uses.set(lower, (uses.get(lower) ?? 0) + 1);
	}
	const counts = tagPalette.map(color => uses.get(color) ?? 0);
	return tagPalette[counts.indexOf(Math.min(...counts))];
}

function toLinear(channel: number): number {
	return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function distance(a: readonly number[], b: readonly number[]): number {
	return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
