/** Which writing system a line is mostly written in, from a count of its letters. */
import type { Script } from '../model';

const scriptOrder: readonly Script[] = ['latin', 'han', 'kana', 'hangul', 'cyrillic', 'arabic', 'greek', 'other'];

export function scriptOfCode(code: number): Script | undefined {
	if (code < 0x80) {
		return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'latin' : undefined;
	}
	if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return 'latin';
	if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
	if (code >= 0x370 && code <= 0x3ff) return 'greek';
	if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
	if (code >= 0x600 && code <= 0x6ff) return 'arabic';
	if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return 'han';
	if (code >= 0x3040 && code <= 0x30ff) return 'kana';
	if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
	// Surrogates (astral letters, emoji), punctuation and symbols are not evidence of a language.
	if (code >= 0xd800 && code <= 0xdfff) return undefined;
	if (code >= 0x2000 && code <= 0x2bff) return undefined;
	if (code >= 0x3000 && code <= 0x303f) return undefined;
	if (code >= 0xff00 && code <= 0xffef) return undefined;
	if (code === 0xa0 || code === 0xfeff) return undefined;
	return 'other';
}

/** Letter counts per script, accumulated over a line or a whole text. */
export class ScriptCounter {
	// Indexed like `scriptOrder`; a plain array is much cheaper than a map in the per-character loop.
	private readonly counts = new Array<number>(scriptOrder.length).fill(0);

	add(code: number): void {
		if (code < 0x80) {
			if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) this.counts[0]++;
			return;
		}
		const script = scriptOfCode(code);
		if (script) this.counts[scriptOrder.indexOf(script)]++;
	}

	get total(): number {
		return this.counts.reduce((sum, count) => sum + count, 0);
	}

	dominant(): Script {
		let best: Script = 'none';
		let bestCount = 0;
		for (let i = 0; i < scriptOrder.length; i++) {
			if (this.counts[i] > bestCount) {
				best = scriptOrder[i];
				bestCount = this.counts[i];
			}
		}
		return best;
	}
}
