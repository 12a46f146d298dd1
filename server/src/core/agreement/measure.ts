/**
 * A figure that may be undefined. Agreement measures divide by quantities that vanish when there is
 * no variation, one coder only or nothing coded; they then say so instead of yielding NaN or an
 * accidental 1.0.
 */
export type Measure =
	| { readonly value: number; readonly reason?: undefined }
	| { readonly value: null; readonly reason: string };

export function defined(value: number): Measure {
	return { value };
}

export function undefinedMeasure(reason: string): Measure {
	return { value: null, reason };
}

/** "0.553" (three decimals, as Krippendorff reports α) or "n/a". */
export function formatMeasure(measure: Measure, decimals = 3): string {
	if (measure.value === null) {
		return 'n/a';
	}
	// -0.000 reads as a sign error in a table.
	const text = measure.value.toFixed(decimals);
	return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}
